package sunshine.index.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.content.ContentLists;
import sunshine.index.content.Problem;

/**
 * Reads {@code profile-fields.yml} (already parsed to plain values with their lines) into {@link ProfileFields}.
 * A broken entry is reported and left out, so a rule naming it is then reported as naming an unknown field.
 */
final class ProfileFieldsReader {
    static final String FILE = "profile-fields.yml";
    private static final Set<String> KEYS = Set.of("field", "label", "type", "options", "options_from", "min", "max",
            "unit", "help", "requirement", "yes_text", "no_text", "none_text", "some_text", "birth_date", "implies");
    private static final Long BAD = Long.MIN_VALUE;
    private static final Set<String> RESERVED = Set.of(ProfileParser.UNKNOWN, ProfileParser.NOT_APPLICABLE);

    private final ContentLists lists;
    private final Map<Object, Integer> lines;
    private final List<Problem> problems;
    private final List<ProfileField> fields = new ArrayList<>();
    private final Map<String, Integer> fieldLines = new LinkedHashMap<>();
    private NeedsField needs = NeedsField.NONE;

    private ProfileFieldsReader(ContentLists lists, Map<Object, Integer> lines, List<Problem> problems) {
        this.lists = lists;
        this.lines = lines;
        this.problems = problems;
    }

    static ProfileFields read(Object plain, ContentLists lists, Map<Object, Integer> lines, List<Problem> problems) {
        if (!(plain instanceof List<?> items)) {
            problems.add(Problem.error(FILE, 1, "应是一个列表，每一项写成 “- {field: hukou, label: 户籍, type: choice, options: [本市, 外省市]}”。"));
            return ProfileFields.EMPTY;
        }
        ProfileFieldsReader r = new ProfileFieldsReader(lists, lines, problems);
        for (Object item : items) {
            r.entry(item, PlainValues.line(lines, item, PlainValues.line(lines, items, 1)));
        }
        return new ProfileFields(ImpliesCheck.checked(r.fields, r.needs, r.fieldLines, problems), r.needs);
    }

    private void entry(Object item, int line) {
        if (!(item instanceof Map<?, ?> m)) {
            error(line, "每一项应写成 {field: …, label: …, type: …}。");
            return;
        }
        m.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k ->
                problems.add(Problem.warning(FILE, line, "不认识的 “" + k + "”，已忽略。")));
        String name = PlainValues.text(m.get("field"));
        String label = PlainValues.text(m.get("label"));
        String type = PlainValues.text(m.get("type"));
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            error(line, "field 应是英文小写的字段名，例如 hukou。");
            return;
        }
        if (fieldLines.containsKey(name) || needs.name().equals(name) && !needs.topics().isEmpty()) {
            error(line, "字段 “" + name + "” 重复了，每个字段只能写一次。");
            return;
        }
        if (label == null) {
            error(line, "字段 “" + name + "” 缺少 label（问题的名称）。");
            return;
        }
        if ("needs".equals(type)) {
            needs = NeedsReader.read(name, label, m, lists, line, problems);
            return;
        }
        FieldType t = FieldType.fromYaml(type);
        if (t == null) {
            error(line, "字段 “" + name + "” 的 type 只能是 choice、number、boolean 或 needs，现在是 " + PlainValues.describe(m.get("type")) + "。");
            return;
        }
        ProfileField f = field(name, label, t, m, line);
        if (f != null) {
            fields.add(f);
            fieldLines.put(name, line);
        }
    }

    private ProfileField field(String name, String label, FieldType t, Map<?, ?> m, int line) {
        List<String> options = t == FieldType.CHOICE ? options(name, m, line) : List.of();
        Long min = bound(name, m, "min", t, line);
        Long max = bound(name, m, "max", t, line);
        if (options == null || BAD.equals(min) || BAD.equals(max)) {
            return null;
        }
        if (min != null && max != null && min > max) {
            error(line, "字段 “" + name + "” 的 min 大于 max。");
            return null;
        }
        String requirement = PlainValues.text(m.get("requirement"));
        if (requirement != null && !requirement.contains("{}")) {
            error(line, "字段 “" + name + "” 的 requirement 应含有 {}，表示填入要求的值，例如 \"{}户籍\"。");
            requirement = null;
        }
        var wording = new ProfileField.Wording(PlainValues.text(m.get("unit")), requirement, PlainValues.text(m.get("yes_text")),
                PlainValues.text(m.get("no_text")), PlainValues.text(m.get("none_text")), PlainValues.text(m.get("some_text")));
        boolean birthDate = Boolean.TRUE.equals(PlainValues.bool(m.get("birth_date")));
        if (birthDate && t != FieldType.NUMBER) {
            error(line, "字段 “" + name + "”：只有数字字段（年龄）可以写 birth_date: true。");
            birthDate = false;
        }
        Map<String, String> implies = new LinkedHashMap<>();
        if (m.get("implies") instanceof Map<?, ?> im) {
            im.forEach((k, v) -> implies.put(String.valueOf(k), String.valueOf(v)));
        } else if (m.get("implies") != null) {
            error(line, "字段 “" + name + "” 的 implies 应写成 {字段: 值}，例如 {district: 嘉定区}。");
        }
        String help = PlainValues.text(m.get("help"));
        return new ProfileField(name, label, t, options, min, max, birthDate, implies, help, wording);
    }

    /** The options of a choice field; null (and a problem) when they are missing or wrong. */
    private List<String> options(String name, Map<?, ?> m, int line) {
        Object from = m.get("options_from");
        List<String> out = new ArrayList<>();
        if ("streets.yml".equals(from) || "topics.yml".equals(from)) {
            out.addAll("streets.yml".equals(from) ? lists.streets() : lists.topics());
        } else if (from != null) {
            error(line, "字段 “" + name + "” 的 options_from 只能是 streets.yml 或 topics.yml。");
            return null;
        } else if (m.get("options") instanceof List<?> list) {
            list.forEach(o -> out.add(String.valueOf(o).strip()));
        }
        if (out.isEmpty()) {
            error(line, "选项字段 “" + name + "” 缺少 options（可选的值），例如 options: [本市, 外省市]。");
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String o : out) {
            if (RESERVED.contains(o) || !seen.add(o)) {
                error(line, "字段 “" + name + "” 的选项 “" + o + "” " + (RESERVED.contains(o) ? "是保留的回答，不能作选项。" : "重复了。"));
                return null;
            }
        }
        return out;
    }

    /** A min or max: null when absent, {@link #BAD} (and a problem) when wrong. */
    private Long bound(String name, Map<?, ?> m, String key, FieldType t, int line) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        Long n = PlainValues.integer(v);
        if (t != FieldType.NUMBER || n == null) {
            error(line, "字段 “" + name + "” 的 " + key + (t != FieldType.NUMBER ? " 只能用于数字字段。" : " 应是整数。"));
            return BAD;
        }
        return n;
    }

    private void error(int line, String message) {
        problems.add(Problem.error(FILE, line, message));
    }
}
