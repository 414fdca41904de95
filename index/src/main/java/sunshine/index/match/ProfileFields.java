package sunshine.index.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All profile fields in file order, plus the stated-needs question. Immutable. */
public final class ProfileFields {
    public static final ProfileFields EMPTY = new ProfileFields(List.of(), NeedsField.NONE);

    private final Map<String, ProfileField> byName = new LinkedHashMap<>();
    private final Map<String, Integer> order = new LinkedHashMap<>();
    private final NeedsField needs;

    public ProfileFields(List<ProfileField> fields, NeedsField needs) {
        for (ProfileField f : fields) {
            order.put(f.name(), order.size());
            byName.put(f.name(), f);
        }
        this.needs = needs;
    }

    public List<ProfileField> all() {
        return List.copyOf(byName.values());
    }

    /** The field, or null when there is none of that name. */
    public ProfileField field(String name) {
        return byName.get(name);
    }

    public NeedsField needs() { return needs; }

    /** Position in {@code profile-fields.yml}, for a stable order of questions. */
    int position(String name) {
        return order.getOrDefault(name, Integer.MAX_VALUE);
    }

    /** The names, for error messages: age、hukou、…. */
    String names() {
        List<String> out = new ArrayList<>(byName.keySet());
        return String.join("、", out);
    }
}
