package sunshine.index.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.analysis.ChineseFolding;

/**
 * Turns raw answers (form fields, test-case profiles) into a typed {@link Profile}. Every field may be answered
 * 不清楚 (or left empty): that is unknown, never an error. A wrong answer is an error naming the field, in Chinese,
 * without repeating what was typed.
 */
public final class ProfileParser {
    /** The answer every question accepts. */
    public static final String UNKNOWN = "不清楚";
    /** The answer fields with a {@code none_text} accept (besides that text itself). */
    public static final String NOT_APPLICABLE = "不适用";

    /** One answer that could not be read. {@code field} is the field name, {@code label} the question. */
    public record FieldError(String field, String label, String message) {
    }

    /** The profile, the stated needs (in the order given) and the errors; the profile leaves bad answers unknown. */
    public record Parsed(Profile profile, Set<String> needs, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final ProfileFields fields;

    public ProfileParser(ProfileFields fields) {
        this.fields = fields;
    }

    /** Reads answers keyed by field name; the needs field takes several values separated by 、 or commas. */
    public Parsed parse(Map<String, String> answers) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        Set<String> needs = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((name, raw) -> {
            String value = raw == null ? "" : raw;
            if (name.equals(fields.needs().name())) {
                needs(value, needs, errors);
                return;
            }
            ProfileField f = fields.field(name);
            if (f == null) {
                errors.add(new FieldError(name, name, "没有 “" + name + "” 这个问题。"));
                return;
            }
            try {
                Fact fact = AnswerValues.fact(f, value);
                if (fact != null) {
                    facts.put(name, fact);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, f.label(), e.getMessage()));
            }
        });
        applyImplies(facts, errors);
        return new Parsed(new Profile(facts), Collections.unmodifiableSet(needs), List.copyOf(errors));
    }

    /** As {@link #parse(Map)} for an HTML form, where a field may come several times (the needs checkboxes). */
    public Parsed parseForm(Map<String, List<String>> form) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> answers.put(name, String.join("、", values)));
        return parse(answers);
    }

    /** As {@link #parse(Map)}, throwing when any answer is wrong. */
    public Profile parseOrThrow(Map<String, String> answers) {
        Parsed p = parse(answers);
        if (!p.ok()) {
            throw new InvalidProfileException(p.errors());
        }
        return p.profile();
    }

    /** Null when {@code raw} is a valid answer for {@code f}, else why not (in Chinese, naming the field). */
    static String check(ProfileField f, String raw) {
        try {
            AnswerValues.fact(f, raw);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The profile as form values again (是/否, numbers, dates), to fill a form for correcting. */
    public static Map<String, String> toAnswers(Profile profile, ProfileFields fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ProfileField f : fields.all()) {
            profile.fact(f.name()).ifPresent(fact -> out.put(f.name(), switch (fact) {
                case Fact.Known k when k.value() instanceof Boolean b -> b ? "是" : "否";
                case Fact.Known k -> String.valueOf(k.value());
                case Fact.NotApplicable n -> f.wording().none();
                case Fact.BornOn b -> b.date().toString();
            }));
        }
        return out;
    }

    private void needs(String raw, Set<String> needs, List<FieldError> errors) {
        NeedsField n = fields.needs();
        for (String need : ChineseFolding.fold(raw).split("[、,，;；\\s]+")) {
            if (need.isEmpty() || AnswerValues.isUnknown(need)) {
                continue;
            }
            if (n.topics().containsKey(need)) {
                needs.add(need);
            } else {
                errors.add(new FieldError(n.name(), n.label(), "“" + n.label() + "”只能从这些里选：" + String.join("、", n.options()) + "。"));
                return;
            }
        }
    }

    /** A street implies its district: filled in when unknown, an error when the answers disagree. */
    private void applyImplies(Map<String, Fact> facts, List<FieldError> errors) {
        for (ProfileField f : fields.all()) {
            if (!(facts.get(f.name()) instanceof Fact.Known)) {
                continue;
            }
            f.implies().forEach((target, value) -> {
                ProfileField t = fields.field(target);
                Fact implied = AnswerValues.fact(t, value);
                Fact given = facts.putIfAbsent(target, implied);
                if (given != null && !given.equals(implied)) {
                    errors.add(new FieldError(target, t.label(), "“" + t.label() + "”与“" + f.label() + "”的回答对不上：所选的"
                            + f.label() + "在" + value + "。"));
                }
            });
        }
    }
}
