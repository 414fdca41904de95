package sunshine.index.content;

import java.util.List;
import java.util.Set;

/** Reads one question file ({@code faqs/<id>.md}). */
final class FaqReader {
    private static final Set<String> KEYS = Set.of("id", "question", "category", "updated", "related_policies", "help", "sample");
    private static final Set<String> HELP_KEYS = Set.of("name", "phone", "address", "hours");

    private final ContentLists lists;

    FaqReader(ContentLists lists) {
        this.lists = lists;
    }

    Faq read(String file, String text, List<Problem> problems) {
        int before = PolicyReader.errors(problems);
        FrontMatter fm = FrontMatter.split(text, file, problems);
        if (fm == null) {
            return null;
        }
        YamlMap y = YamlMap.parse(fm.yaml(), file, fm.yamlFirstLine(), problems);
        if (y == null) {
            return null;
        }
        y.warnUnknownKeys(KEYS);
        String id = y.string("id", true);
        Ids.valid(id, file, y.lineOf("id"), problems);
        String question = y.string("question", true);
        String category = y.string("category", true);
        if (category != null && !lists.topics().contains(category)) {
            problems.add(Problem.error(file, y.lineOf("category"), "分类 “" + category + "” 不在 topics.yml 的列表里。可选：" + String.join("、", lists.topics())));
        }
        var updated = y.date("updated", true);
        HelpContact help = null;
        YamlMap h = y.map("help");
        if (h != null) {
            h.warnUnknownKeys(HELP_KEYS);
            help = new HelpContact(h.string("name", true), h.string("phone", false), h.string("address", false), h.string("hours", false));
        }
        String body = Checks.body(fm, file, problems);
        if (PolicyReader.errors(problems) > before) {
            return null;
        }
        return new Faq(id, question, category, updated, y.strings("related_policies"), help, y.bool("sample", false),
                body, MarkdownText.plain(body), file);
    }
}
