package sunshine.index.match;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import sunshine.index.analysis.ChineseFolding;

/**
 * One raw answer read for one field: an option, 是/否, a whole number (full-width digits and the unit allowed), a
 * birth date for fields that take one, 不适用 for fields that allow it, or 不清楚 (unknown).
 */
final class AnswerValues {
    private static final Set<String> UNKNOWN_WORDS = Set.of("", ProfileParser.UNKNOWN, "不知道", "unknown");

    private AnswerValues() {
    }

    static boolean isUnknown(String folded) {
        return UNKNOWN_WORDS.contains(folded);
    }

    /** The typed fact for one raw answer; null when unknown. @throws IllegalArgumentException naming the field */
    static Fact fact(ProfileField f, String raw) {
        String v = ChineseFolding.fold(raw).strip();
        if (UNKNOWN_WORDS.contains(v)) {
            return null;
        }
        if (f.allowsNone() && (v.equals(ProfileParser.NOT_APPLICABLE) || v.equals(f.wording().none()))) {
            return Fact.NOT_APPLICABLE;
        }
        Fact fact = switch (f.type()) {
            case CHOICE -> f.options().contains(v) ? new Fact.Known(v) : null;
            case BOOLEAN -> switch (v) {
                case "是", "true", "有", "yes" -> new Fact.Known(Boolean.TRUE);
                case "否", "false", "没有", "无", "no" -> new Fact.Known(Boolean.FALSE);
                default -> null;
            };
            case NUMBER -> number(f, v);
        };
        if (fact == null) {
            throw new IllegalArgumentException(expected(f));
        }
        return fact;
    }

    private static Fact number(ProfileField f, String v) {
        String digits = f.wording().unit() != null && v.endsWith(f.wording().unit()) ? v.substring(0, v.length() - f.wording().unit().length()).strip() : v;
        if (digits.matches("\\d{1,9}")) {
            long n = Long.parseLong(digits);
            return f.inRange(n) ? new Fact.Known(n) : null;
        }
        if (f.acceptsBirthDate() && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate d = LocalDate.parse(v);
                return d.getYear() >= 1880 ? new Fact.BornOn(d) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String expected(ProfileField f) {
        String none = f.allowsNone() ? "“" + f.wording().none() + "”、" : "";
        return switch (f.type()) {
            case CHOICE -> "“" + f.label() + "”只能选：" + String.join("、", f.options()) + "，或" + none + "“不清楚”。";
            case BOOLEAN -> "“" + f.label() + "”只能选：是、否，或“不清楚”。";
            case NUMBER -> "“" + f.label() + "”应是" + (f.min() != null && f.max() != null ? " " + f.min() + " 到 " + f.max() + " 之间的" : "")
                    + "整数" + (f.acceptsBirthDate() ? "（也可以填出生日期，例如 1960-05-01）" : "") + "，或" + none + "“不清楚”。";
        };
    }
}
