package sunshine.app.match;

import java.util.ArrayList;
import java.util.List;
import sunshine.index.match.ProfileParser;
import sunshine.index.match.Question;

/**
 * One question on the form, with what is filled in and its error. {@code kind} is choice (radios on /match, a
 * select on /desk; 是/否 questions too), number (the number, and for some questions a birth date or “does not
 * apply”) or needs (checkboxes). The first control's id is the field name, so an error link {@code #hukou} lands on
 * the question; {@code unknown} is the 不清楚 choice, chosen when nothing else is.
 */
public record FieldView(
        String field,
        String kind,
        String label,
        String help,
        String unit,
        Long min,
        Long max,
        List<Choice> choices,
        Choice unknown,
        String number,
        String born,
        boolean none,
        String noneLabel,
        boolean acceptsBirthDate,
        String error,
        String errorTarget) {

    /** One radio, option or checkbox. */
    public record Choice(String id, String value, String label, boolean checked) {
    }

    static FieldView of(Question q, FormValues form, String error) {
        String kind = q.multiple() ? "needs" : "number".equals(q.type()) ? "number" : "choice";
        List<Choice> choices = new ArrayList<>();
        Choice unknown = null;
        if (!kind.equals("number")) {
            List<String> values = new ArrayList<>(q.options());
            if (q.notApplicable() != null) {
                values.add(q.notApplicable());
            }
            String current = form.first(q.field());
            boolean any = false;
            for (String v : values) {
                boolean on = kind.equals("needs") ? form.has(q.field(), v) : v.equals(current);
                any |= on;
                choices.add(new Choice(choices.isEmpty() ? q.field() : q.field() + "-" + (choices.size() + 1), v, v, on));
            }
            if (kind.equals("choice")) {
                unknown = new Choice(q.field() + "-unknown", ProfileParser.UNKNOWN, ProfileParser.UNKNOWN, !any);
            }
        }
        String number = kind.equals("number") ? value(form.first(q.field())) : "";
        String born = q.acceptsBirthDate() ? value(form.first(q.field() + FormValues.BORN)) : "";
        boolean none = q.notApplicable() != null && "1".equals(form.first(q.field() + FormValues.NONE));
        String target = q.field();
        if (kind.equals("number") && number.isBlank() && !born.isBlank()) {
            target = q.field() + "-born";
        }
        return new FieldView(q.field(), kind, q.label(), q.help() == null ? "" : q.help(), q.unit(), q.min(), q.max(),
                choices, unknown, number, born, none, q.notApplicable(), q.acceptsBirthDate(), error, target);
    }

    /** The ids a control's {@code aria-describedby} names: its hint and its error. */
    public String describedBy() {
        String hint = help.isEmpty() ? "" : field + "-hint";
        String err = error == null ? "" : field + "-error";
        return (hint + " " + err).strip();
    }

    public boolean invalid() {
        return error != null;
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
