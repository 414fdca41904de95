package sunshine.index.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read through SnakeYAML's node API, so that every value knows its line. Typed getters record a
 * {@link Problem} (with file and line) instead of throwing, and return null when a value is missing or wrong.
 */
final class YamlMap {
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final String file;
    private final int firstLine;
    private final int line;
    private final List<Problem> problems;

    private YamlMap(MappingNode node, String file, int firstLine, List<Problem> problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
        this.line = lineOf(node);
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), t);
            }
        }
    }

    /** Parses YAML text whose first line is line {@code firstLine} of the file; null (and a problem) if broken. */
    static YamlMap parse(String yaml, String file, int firstLine, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1_000_000);
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            if (root instanceof MappingNode map) {
                return new YamlMap(map, file, firstLine, problems);
            }
            problems.add(Problem.error(file, firstLine, "信息区应是 “键: 值” 的列表，但这里不是。"));
        } catch (MarkedYAMLException e) {
            int l = e.getProblemMark() == null ? firstLine : firstLine + e.getProblemMark().getLine();
            problems.add(Problem.error(file, l, "信息区的格式有误（YAML）：" + e.getProblem()
                    + "。常见原因：冒号后少了空格、缩进不齐，或值里有 “: ” 需要加引号。"));
        } catch (YAMLException e) {
            problems.add(Problem.error(file, firstLine, "信息区无法读取（YAML）：" + e.getMessage()));
        }
        return null;
    }

    int line() { return line; }

    int lineOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? line : lineOf(t.getKeyNode());
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    /** Warns about keys the format does not know, which are usually typing mistakes. */
    void warnUnknownKeys(Set<String> known) {
        for (var e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(Problem.warning(file, lineOf(e.getValue().getKeyNode()),
                        "不认识的字段 “" + e.getKey() + "”，它会被忽略。是不是写错了字段名？"));
            }
        }
    }

    String string(String key, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            if (required) {
                problems.add(Problem.error(file, t == null ? line : lineOf(t.getKeyNode()), "缺少必填字段 “" + key + "”。"));
            }
            return null;
        }
        if (t.getValueNode() instanceof ScalarNode s) {
            String v = s.getValue().strip();
            if (v.isEmpty() && required) {
                problems.add(Problem.error(file, lineOf(s), "字段 “" + key + "” 不能为空。"));
                return null;
            }
            return v.isEmpty() ? null : v;
        }
        problems.add(Problem.error(file, lineOf(t.getValueNode()), "字段 “" + key + "” 应是一段文字。"));
        return null;
    }

    LocalDate date(String key, boolean required) {
        String v = string(key, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(file, lineOf(key), "日期 “" + key + ": " + v + "” 无效，请写成 2024-03-01 这样的格式，并确认这一天存在。"));
            return null;
        }
    }

    boolean bool(String key, boolean defaultValue) {
        String v = string(key, false);
        if (v == null) {
            return defaultValue;
        }
        return switch (v.toLowerCase()) {
            case "true", "yes", "是" -> true;
            case "false", "no", "否" -> false;
            default -> {
                problems.add(Problem.error(file, lineOf(key), "字段 “" + key + "” 只能是 true 或 false，现在是 “" + v + "”。"));
                yield defaultValue;
            }
        };
    }

    /** A list of short texts; a single text is taken as a list of one. */
    List<String> strings(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (t.getValueNode() instanceof ScalarNode s) {
            if (!s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            }
        } else if (t.getValueNode() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(s.getValue().strip());
                } else if (!isNull(n)) {
                    problems.add(Problem.error(file, lineOf(n), "字段 “" + key + "” 的每一项都应是一段文字。"));
                }
            }
        } else {
            problems.add(Problem.error(file, lineOf(t.getValueNode()), "字段 “" + key + "” 应是一个列表，例如 [补贴, 康复]。"));
        }
        return List.copyOf(out);
    }

    YamlMap map(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return null;
        }
        if (t.getValueNode() instanceof MappingNode m) {
            return new YamlMap(m, file, firstLine, problems);
        }
        problems.add(Problem.error(file, lineOf(t.getValueNode()), "字段 “" + key + "” 应包含若干 “键: 值”。"));
        return null;
    }

    List<YamlMap> maps(String key) {
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return List.of();
        }
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            problems.add(Problem.error(file, lineOf(t.getValueNode()), "字段 “" + key + "” 应是一个列表。"));
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (n instanceof MappingNode m) {
                out.add(new YamlMap(m, file, firstLine, problems));
            } else {
                problems.add(Problem.error(file, lineOf(n), "字段 “" + key + "” 的每一项都应包含若干 “键: 值”。"));
            }
        }
        return out;
    }

    /** The value as plain Java data (maps, lists, strings, numbers, booleans), for rules the matcher compiles. */
    Object plain(String key) {
        return plain(key, null);
    }

    /**
     * As {@link #plain(String)}, also putting into {@code lines} (an identity map) the file line of every map and
     * list in the value, so a checker of plain data can still name {@code file:line}.
     */
    Object plain(String key, Map<Object, Integer> lines) {
        NodeTuple t = entries.get(key);
        return t == null ? null : toPlain(t.getValueNode(), lines);
    }

    private Object toPlain(Node node, Map<Object, Integer> lines) {
        Object plain = toPlain(node);
        if (lines != null) {
            recordLines(node, plain, lines);
        }
        return plain;
    }

    /** Walks the node tree and the plain value built from it side by side. */
    private void recordLines(Node node, Object plain, Map<Object, Integer> lines) {
        if (node instanceof SequenceNode seq && plain instanceof List<?> list) {
            lines.put(list, lineOf(seq));
            for (int i = 0; i < list.size(); i++) {
                recordLines(seq.getValue().get(i), list.get(i), lines);
            }
        } else if (node instanceof MappingNode m && plain instanceof Map<?, ?> map) {
            lines.put(map, lineOf(m));
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    recordLines(t.getValueNode(), map.get(k.getValue()), lines);
                }
            }
        }
    }

    private static Object toPlain(Node node) {
        if (node instanceof ScalarNode s) {
            Tag tag = s.getTag();
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(s.getValue().toLowerCase().matches("true|yes|on"));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return Long.valueOf(s.getValue());
                } catch (NumberFormatException e) {
                    return s.getValue();
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return Double.valueOf(s.getValue());
                } catch (NumberFormatException e) {
                    return s.getValue();
                }
            }
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            seq.getValue().forEach(n -> out.add(toPlain(n)));
            return out;
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.put(k.getValue(), toPlain(t.getValueNode()));
                }
            }
            return out;
        }
        return null;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
    }

    private int lineOf(Node n) {
        return firstLine + n.getStartMark().getLine();
    }
}
