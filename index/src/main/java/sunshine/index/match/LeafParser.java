package sunshine.index.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one {@code {field: F, op: V}} condition, checking the field exists, the operator is known and fits the
 * field's type, and the value is of that type and among its options or inside its range.
 */
final class LeafParser {
    static final Set<String> OPERATORS = Set.of("equals", "one_of", "at_least", "at_most", "present");
    private static final String OPERATOR_LIST = "equals（等于）、one_of（是其中之一）、at_least（至少）、at_most（不超过）、present（有没有）";

    private final ProfileFields fields;
    private final RuleSource src;

    LeafParser(ProfileFields fields, RuleSource src) {
        this.fields = fields;
        this.src = src;
    }

    Condition parse(Map<?, ?> map, int line) {
        ProfileField f = field(map.get("field"), line);
        List<String> ops = new ArrayList<>();
        for (Object k : map.keySet()) {
            if (!"field".equals(k) && !OPERATORS.contains(k)) {
                src.error(line, "不认识的比较方式 “" + k + "”。可用：" + OPERATOR_LIST + "；组合规则用 all、any、not。");
                return null;
            }
            if (!"field".equals(k)) {
                ops.add(String.valueOf(k));
            }
        }
        if (f == null) {
            return null;
        }
        if (ops.size() != 1) {
            src.error(line, ops.isEmpty() ? f.named() + " 后面缺少比较方式，可用：" + OPERATOR_LIST + "。"
                    : "一条规则只能有一个比较方式（这里有 " + String.join(" 和 ", ops) + "），请拆成几条放进 all:。");
            return null;
        }
        String op = ops.get(0);
        Object v = map.get(op);
        return switch (op) {
            case "equals" -> {
                Object value = value(f, op, v, line);
                yield value == null ? null : new Condition.Equals(f, value);
            }
            case "one_of" -> oneOf(f, v, line);
            case "at_least", "at_most" -> bound(f, op, v, line);
            default -> present(f, v, line);
        };
    }

    private ProfileField field(Object name, int line) {
        if (!(name instanceof String s) || s.isBlank()) {
            src.error(line, "field 后面应写字段名，例如 field: hukou。");
            return null;
        }
        ProfileField f = fields.field(s);
        if (f == null) {
            src.error(line, s.equals(fields.needs().name()) ? "“" + s + "” 是居民想要的帮助，只用来排序，不能写进资格规则。"
                    : "规则里的字段 “" + s + "” 不存在。可用的字段：" + fields.names() + "（见 profile-fields.yml）。");
        }
        return f;
    }

    private Condition oneOf(ProfileField f, Object v, int line) {
        if (!(v instanceof List<?> list)) {
            src.error(line, "one_of 后面应是一个列表，例如 one_of: [一级, 二级]；只有一个值时用 equals。");
            return null;
        }
        if (list.isEmpty()) {
            src.error(line, "one_of 的列表是空的：没有人能满足这条规则。");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (Object item : list) {
            Object value = value(f, "one_of", item, line);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return new Condition.OneOf(f, values);
    }

    private Condition bound(ProfileField f, String op, Object v, int line) {
        if (f.type() != FieldType.NUMBER) {
            src.error(line, op + " 只能用于数字字段，" + f.named() + " 不是数字字段；请用 equals 或 one_of。");
            return null;
        }
        Long n = (Long) value(f, op, v, line);
        if (n == null) {
            return null;
        }
        return op.equals("at_least") ? new Condition.AtLeast(f, n) : new Condition.AtMost(f, n);
    }

    private Condition present(ProfileField f, Object v, int line) {
        Boolean b = PlainValues.bool(v);
        if (b == null) {
            src.error(line, "present 后面应写 true 或 false，现在是" + PlainValues.describe(v) + "。");
            return null;
        }
        if (!f.allowsNone()) {
            src.error(line, "present 只能用于可以回答“没有/不适用”的字段（profile-fields.yml 里写了 none_text 的），"
                    + f.named() + " 不是：这条规则要么总成立，要么永远不成立。");
            return null;
        }
        return new Condition.Present(f, b);
    }

    /** The value typed for the field (String option, Boolean, Long), or null after reporting why not. */
    private Object value(ProfileField f, String op, Object v, int line) {
        switch (f.type()) {
            case CHOICE -> {
                if (v instanceof String s && f.options().contains(s.strip())) {
                    return s.strip();
                }
                src.error(line, v instanceof String s
                        ? f.named() + " 没有 “" + s + "” 这个选项。可选：" + String.join("、", f.options()) + "。"
                        : f.named() + " 是选项字段，" + op + " 后面应是选项之一（" + String.join("、", f.options()) + "），现在是"
                        + PlainValues.describe(v) + "。");
            }
            case BOOLEAN -> {
                Boolean b = PlainValues.bool(v);
                if (b != null) {
                    return b;
                }
                src.error(line, f.named() + " 是“是/否”字段，" + op + " 后面应写 true 或 false，现在是" + PlainValues.describe(v) + "。");
            }
            case NUMBER -> {
                Long n = PlainValues.integer(v);
                if (n != null && f.inRange(n)) {
                    return n;
                }
                src.error(line, n == null
                        ? f.named() + " 是数字字段，" + op + " 后面应是整数，例如 " + op + ": 16；现在是" + PlainValues.describe(v) + "。"
                        : f.named() + " 的取值范围是 " + f.rangeText() + "，" + op + ": " + n + " 超出了这个范围，规则不会按你想的那样起作用。");
            }
        }
        return null;
    }
}
