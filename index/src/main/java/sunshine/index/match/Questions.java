package sunshine.index.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The questions to build a profile form from, in the order of {@code profile-fields.yml}, needs last. */
public final class Questions {
    private final Map<String, Question> byField = new LinkedHashMap<>();

    public Questions(ProfileFields fields) {
        for (ProfileField f : fields.all()) {
            List<String> options = switch (f.type()) {
                case CHOICE -> f.options();
                case BOOLEAN -> List.of("是", "否");
                case NUMBER -> List.of();
            };
            byField.put(f.name(), new Question(f.name(), f.label(), f.type().yaml(), options, f.help(), f.min(), f.max(),
                    f.wording().unit(), f.acceptsBirthDate(), f.wording().none()));
        }
        NeedsField n = fields.needs();
        if (!n.topics().isEmpty()) {
            byField.put(n.name(), new Question(n.name(), n.label(), "needs", n.options(), n.help(), null, null, null, false, null));
        }
    }

    public List<Question> all() {
        return new ArrayList<>(byField.values());
    }

    /** The question for a field, or null. */
    public Question get(String field) {
        return byField.get(field);
    }

    /** The answer every question accepts. */
    public String unknownAnswer() {
        return ProfileParser.UNKNOWN;
    }
}
