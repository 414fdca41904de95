package sunshine.index.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.index.content.ContentLists;
import sunshine.index.content.Problem;

/** Reads the {@code type: needs} entry of {@code profile-fields.yml}: each need and the topics it is about. */
final class NeedsReader {
    private NeedsReader() {
    }

    static NeedsField read(String name, String label, Map<?, ?> m, ContentLists lists, int line, List<Problem> problems) {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        if (!(m.get("options") instanceof Map<?, ?> options) || options.isEmpty()) {
            problems.add(Problem.error(ProfileFieldsReader.FILE, line,
                    "needs 字段的 options 应写成 “需要: [主题, …]”，例如 就业: [就业]。"));
            return NeedsField.NONE;
        }
        options.forEach((need, value) -> {
            List<String> wanted = new ArrayList<>();
            List<?> given = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
            for (Object t : given) {
                if (lists.topics().contains(String.valueOf(t))) {
                    wanted.add(String.valueOf(t));
                } else {
                    problems.add(Problem.warning(ProfileFieldsReader.FILE, line, "需要 “" + need + "” 对应的主题 “" + t
                            + "” 不在 topics.yml 的列表里，已忽略。"));
                }
            }
            topics.put(String.valueOf(need), List.copyOf(wanted));
        });
        return new NeedsField(name, label, PlainValues.text(m.get("help")), topics);
    }
}
