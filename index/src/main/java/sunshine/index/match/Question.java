package sunshine.index.match;

import java.util.List;

/**
 * One question of the profile form, from {@code profile-fields.yml}. {@code type} is choice, number, boolean or
 * needs; {@code options} are the answers to offer (是/否 for boolean); {@link ProfileParser#UNKNOWN} is always
 * accepted too, and {@code notApplicable} (when not null) is one more answer such as 没有需要康复的孩子.
 */
public record Question(
        String field,
        String label,
        String type,
        List<String> options,
        String help,
        Long min,
        Long max,
        String unit,
        boolean acceptsBirthDate,
        String notApplicable) {

    public Question {
        options = List.copyOf(options);
    }

    /** Whether several answers may be chosen (the needs question). */
    public boolean multiple() {
        return "needs".equals(type);
    }
}
