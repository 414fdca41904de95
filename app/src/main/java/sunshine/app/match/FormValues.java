package sunshine.app.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.match.Question;
import sunshine.index.match.Questions;

/**
 * The 政策找人 form as name → values, in the form's own naming: {@code hukou=本市}, {@code age=65} or
 * {@code age.born=1960-05-01}, {@code child_age.none=1}, {@code needs} (several), {@code for}, {@code text},
 * {@code text_read}. Read from a POST body, or written from a run to fill the form again or to carry the answers
 * so far in hidden fields (never in a URL).
 */
public final class FormValues {
    static final String BORN = ".born";
    static final String NONE = ".none";
    static final String NEEDS = "needs";
    /** Names that steer one request and are never carried on to the next. */
    private static final Set<String> STEERING = Set.of("action", "explain");

    private final Map<String, List<String>> values;

    FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    /** One hidden field: {@code <input type="hidden" name value>}. */
    public record Hidden(String name, String value) {
    }

    static FormValues empty() {
        return new FormValues(new LinkedHashMap<>());
    }

    /** The answers a run was matched with, written back as the form would send them. */
    static FormValues of(MatchRun run) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Questions questions = run.questions();
        run.answers().forEach((field, value) -> {
            Question q = questions.get(field);
            String name = field;
            if (q != null && "number".equals(q.type())) {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    name = field + BORN;
                } else if (value.equals(q.notApplicable())) {
                    name = field + NONE;
                    value = "1";
                }
            }
            out.put(name, List.of(value));
        });
        out.put(NEEDS, List.copyOf(run.needs()));
        out.put("for", List.of(run.input().who().key()));
        if (run.input().explain()) {
            out.put("explain", List.of("1"));
        }
        String text = run.input().text();
        out.put("text", List.of(text));
        out.put("text_read", List.of(run.ok() || !run.input().readsText() ? text : run.input().textRead()));
        return new FormValues(out);
    }

    /** The first value of a name, or null. */
    public String first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    /** Hidden fields carrying every answer except those of {@code except} (fields asked again on the same form). */
    public List<Hidden> hidden(Set<String> except) {
        List<Hidden> out = new ArrayList<>();
        values.forEach((name, list) -> {
            String field = name.endsWith(BORN) || name.endsWith(NONE) ? name.substring(0, name.lastIndexOf('.')) : name;
            if (except.contains(field) || STEERING.contains(name)) {
                return;
            }
            for (String v : list) {
                boolean words = name.equals("text") || name.equals("text_read");
                if (words ? !v.isBlank() : !MatchEngine.isUnknown(v)) {
                    out.add(new Hidden(name, v));
                }
            }
        });
        return out;
    }

    public List<Hidden> hidden() {
        return hidden(Set.of());
    }

    /** Counts only. */
    @Override
    public String toString() {
        return "FormValues[" + values.size() + " names]";
    }
}
