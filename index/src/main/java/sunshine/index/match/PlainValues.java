package sunshine.index.match;

import java.util.List;
import java.util.Map;

/** Reading the plain YAML values (maps, lists, strings, Long, Double, Boolean) that content files hold. */
final class PlainValues {
    private PlainValues() {
    }

    /** A whole number, or null when the value is not one (text, a decimal, a list …). */
    static Long integer(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        return null;
    }

    /** true/false, also written 是/否 as everywhere else in content; null otherwise. */
    static Boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return switch (s.strip().toLowerCase()) {
                case "true", "是" -> Boolean.TRUE;
                case "false", "否" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    /** A non-blank text, stripped; null for anything else. */
    static String text(Object v) {
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** What a wrong value is, in words, for error messages: 数字 2, 文字 “困难”, 一个列表 …. */
    static String describe(Object v) {
        if (v == null) {
            return "空的";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Double) {
            return "数字 " + v;
        }
        if (v instanceof Boolean b) {
            return "是/否值 " + b;
        }
        if (v instanceof List<?>) {
            return "一个列表";
        }
        if (v instanceof Map<?, ?>) {
            return "一组 “键: 值”";
        }
        return "文字 “" + v + "”";
    }

    /** The line of a map or list in its file, else {@code fallback}. */
    static int line(Map<Object, Integer> lines, Object container, int fallback) {
        Integer l = container == null ? null : lines.get(container);
        return l == null ? fallback : l;
    }
}
