package sunshine.index.match;

import java.util.List;
import java.util.Map;

/**
 * One question of the resident profile, as declared in {@code profile-fields.yml}. Rules may only name these
 * fields, with values of the field's type. {@code min}/{@code max} are null when a number field has no bound.
 */
public record ProfileField(
        String name,
        String label,
        FieldType type,
        List<String> options,
        Long min,
        Long max,
        boolean acceptsBirthDate,
        Map<String, String> implies,
        String help,
        Wording wording) {

    /**
     * How the field is said in reasons. Any of these may be null; {@link Phrases} then falls back to the label.
     *
     * @param unit        after a number: 岁
     * @param requirement a template with {@code {}} for the required values: "{}户籍"
     * @param yes         a boolean field answered yes: 持有残疾人证
     * @param no          a boolean field answered no: 没有残疾人证
     * @param none        the "does not apply" answer, for fields that allow it: 没有需要康复的孩子
     * @param some        what {@code present: true} asks for: 有需要康复的孩子
     */
    public record Wording(String unit, String requirement, String yes, String no, String none, String some) {
    }

    public ProfileField {
        options = List.copyOf(options);
        implies = Map.copyOf(implies);
    }

    /** Whether "does not apply" (没有/不适用) is an answer, which {@code present} rules ask about. */
    public boolean allowsNone() {
        return wording.none() != null;
    }

    boolean inRange(long value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    String rangeText() {
        return (min == null ? "" : min) + "–" + (max == null ? "" : max);
    }

    /** 字段 “age”（年龄）: how error messages name the field. */
    String named() {
        return "字段 “" + name + "”（" + label + "）";
    }
}
