package sunshine.index.match;

import java.util.List;
import java.util.Map;

/**
 * The stated-needs question ({@code type: needs} in {@code profile-fields.yml}): each need names the topics of the
 * policies it is about. Needs only order results; they are never an eligibility condition.
 */
public record NeedsField(String name, String label, String help, Map<String, List<String>> topics) {

    static final NeedsField NONE = new NeedsField("needs", "想要哪方面的帮助", null, Map.of());

    public NeedsField {
        topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
    }

    public List<String> options() {
        return List.copyOf(topics.keySet());
    }
}
