package sunshine.index.content;

import java.util.ArrayList;
import java.util.List;

/** Checks shared by the readers of Markdown documents. */
final class Checks {
    private Checks() {
    }

    /** Topics must come from {@code topics.yml}; an unknown one is reported and dropped. */
    static List<String> topics(YamlMap y, String key, ContentLists lists, String file, List<Problem> problems, boolean required) {
        List<String> out = new ArrayList<>();
        for (String t : y.strings(key)) {
            if (lists.topics().contains(t)) {
                out.add(t);
            } else {
                problems.add(Problem.warning(file, y.lineOf(key), "主题 “" + t + "” 不在 topics.yml 的列表里，已忽略。可选：" + String.join("、", lists.topics())));
            }
        }
        if (required && out.isEmpty()) {
            problems.add(Problem.warning(file, y.lineOf(key), "没有有效的主题（" + key + "），读者无法按主题找到它。"));
        }
        return List.copyOf(out);
    }

    static String body(FrontMatter fm, String file, List<Problem> problems) {
        String body = fm.body().strip();
        if (body.isEmpty()) {
            problems.add(Problem.error(file, fm.bodyFirstLine(), "正文是空的：信息区 “---” 之后应写全文。"));
        }
        return body;
    }
}
