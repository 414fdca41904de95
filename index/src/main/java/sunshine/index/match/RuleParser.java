package sunshine.index.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a policy's {@code eligibility} (plain YAML values) into a {@link Condition}, reporting every mistake with
 * its line. Returns null when anything is wrong: a half-understood rule is never used.
 */
final class RuleParser {
    private final RuleSource src;
    private final LeafParser leaves;

    RuleParser(ProfileFields fields, RuleSource src) {
        this.src = src;
        this.leaves = new LeafParser(fields, src);
    }

    Condition parse(Object node, int line) {
        int before = src.errors();
        Condition c = rule(node, line);
        return src.errors() > before ? null : c;
    }

    private Condition rule(Object node, int fallback) {
        if (!(node instanceof Map<?, ?> map)) {
            src.error(fallback, "这里应是一条规则，例如 {field: hukou, equals: 本市}，或以 all:、any:、not: 开头的一组规则；现在是"
                    + PlainValues.describe(node) + "。");
            return null;
        }
        int line = src.line(map, fallback);
        if (map.containsKey("all") || map.containsKey("any") || map.containsKey("not")) {
            return group(map, line);
        }
        if (map.containsKey("field")) {
            return leaves.parse(map, line);
        }
        src.error(line, "规则应以 field:（一个条件）或 all:、any:、not:（一组条件）开头，这里是 “"
                + String.join("、", map.keySet().stream().map(String::valueOf).toList()) + "”。");
        return null;
    }

    private Condition group(Map<?, ?> map, int line) {
        if (map.size() != 1) {
            src.error(line, "all、any、not 要单独写成一条规则，不能和 " + String.join("、", map.keySet().stream()
                    .map(String::valueOf).filter(k -> !List.of("all", "any", "not").contains(k)).toList()) + " 写在同一条里。");
            return null;
        }
        String kind = String.valueOf(map.keySet().iterator().next());
        Object value = map.get(kind);
        if (kind.equals("not")) {
            if (value instanceof List<?>) {
                src.error(line, "not 后面只能是一条规则；要排除几种情况中的任何一种，写 not: {any: [...]}。");
                return null;
            }
            Condition inner = rule(value, line);
            return inner == null ? null : new Condition.Not(inner);
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            src.error(line, kind + " 后面应是至少一条规则的列表，例如 " + kind + ": [{field: hukou, equals: 本市}]。");
            return null;
        }
        int listLine = src.line(list, line);
        List<Condition> parts = new ArrayList<>();
        List<Integer> partLines = new ArrayList<>();
        for (Object item : list) {
            parts.add(rule(item, listLine));
            partLines.add(src.line(item, listLine));
        }
        if (parts.contains(null)) {
            return null;
        }
        if (kind.equals("any")) {
            return new Condition.Any(parts);
        }
        ImpossibleCheck.Found found = ImpossibleCheck.find(parts, partLines);
        if (found != null) {
            src.error(found.line(), found.message());
            return null;
        }
        return new Condition.All(parts);
    }
}
