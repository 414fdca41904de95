package sunshine.app.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sunshine.index.match.ProfileParser;
import sunshine.index.match.ProfileParser.FieldError;
import sunshine.index.match.Question;
import sunshine.index.match.Questions;

/**
 * Reads the 政策找人 form ({@link FormValues}) into a {@link MatchInput}. A number question may come as the number,
 * a birth date ({@code age.born}, written 1960-05-01, 1960.5.1, 1960年5月1日 or 19600501) or “does not apply”
 * ({@code child_age.none}); giving two of these at once is an error on that question. Unknown names are ignored.
 */
final class FormReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private FormReader() {
    }

    static MatchInput read(FormValues form, Questions questions) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Question q : questions.all()) {
            if (q.multiple()) {
                continue;
            }
            if ("number".equals(q.type())) {
                number(q, form, answers, errors);
            } else if (form.first(q.field()) != null) {
                answers.put(q.field(), form.first(q.field()));
            }
        }
        String text = form.first("text") == null ? "" : form.first("text").strip();
        if (text.length() > MatchInput.MAX_TEXT) {
            errors.add(new FieldError("text", "用自己的话说说情况", "描述最多 " + MatchInput.MAX_TEXT + " 字，现在超出了，请删短一些。"));
        }
        Addressee who = Addressee.of(form.first("for"));
        if (who == null) {
            errors.add(new FieldError("for", "为谁查询", "请选择为自己查，还是为家人查。"));
        }
        String textRead = form.first("text_read") == null ? "" : form.first("text_read").strip();
        return new MatchInput(answers, form.all(FormValues.NEEDS), text, textRead, who == null ? Addressee.SELF : who,
                "1".equals(form.first("explain")), errors);
    }

    private static void number(Question q, FormValues form, Map<String, String> answers, List<FieldError> errors) {
        String number = blankToNull(form.first(q.field()));
        String born = q.acceptsBirthDate() ? blankToNull(form.first(q.field() + FormValues.BORN)) : null;
        boolean none = q.notApplicable() != null && "1".equals(form.first(q.field() + FormValues.NONE));
        int given = (number != null ? 1 : 0) + (born != null ? 1 : 0) + (none ? 1 : 0);
        if (given > 1) {
            errors.add(new FieldError(q.field(), q.label(), "“" + q.label() + "”请只填一项："
                    + (q.acceptsBirthDate() ? "年龄或出生日期" : "数字") + (q.notApplicable() != null ? "，或者“" + q.notApplicable() + "”" : "") + "。"));
        } else if (none) {
            answers.put(q.field(), ProfileParser.NOT_APPLICABLE);
        } else if (born != null) {
            answers.put(q.field(), isoDate(born));
        } else if (number != null) {
            answers.put(q.field(), number);
        }
    }

    /** 1960.5.1, 1960/5/1, 1960年5月1日, 19600501 → 1960-05-01; anything else unchanged, for the parser to refuse. */
    static String isoDate(String typed) {
        String t = sunshine.index.analysis.ChineseFolding.fold(typed).strip();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(t);
        }
        if (!m.matches()) {
            return t;
        }
        return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
