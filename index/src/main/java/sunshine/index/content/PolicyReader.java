package sunshine.index.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one policy file ({@code policies/<id>.md}): front matter, body and the optional attached original. */
final class PolicyReader {
    private static final Set<String> KEYS = Set.of("id", "title", "summary", "issuer", "published", "effective_from",
            "effective_to", "region", "topics", "source", "attachment", "sample", "standard", "legal_basis",
            "no_application", "no_application_note", "excludes", "apply", "eligibility", "tests");
    private static final Set<String> APPLY_KEYS = Set.of("where", "channels", "materials", "contact", "online");

    private final ContentLists lists;
    private final TextExtractor extractor;
    private final Map<Object, Integer> ruleLines;

    /** {@code ruleLines} receives the line of every map and list in the rules and tests, for the rule checker. */
    PolicyReader(ContentLists lists, TextExtractor extractor, Map<Object, Integer> ruleLines) {
        this.lists = lists;
        this.extractor = extractor;
        this.ruleLines = ruleLines;
    }

    Policy read(Path root, String file, String text, List<Problem> problems) {
        int before = errors(problems);
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
        String title = y.string("title", true);
        String summary = y.string("summary", true);
        String issuer = y.string("issuer", true);
        var published = y.date("published", true);
        var from = y.date("effective_from", true);
        var to = y.date("effective_to", false);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problem.error(file, y.lineOf("effective_to"), "失效日期 effective_to 早于生效日期 effective_from。"));
        }
        String region = y.string("region", true);
        if (region != null && !lists.area().covers(region)) {
            problems.add(Problem.warning(file, y.lineOf("region"), "适用地区“" + region + "”不在 area.yml 列出的地区里："
                    + "这条政策照常收录，但搜索时排在适用于本地的文件之后。若它适用于本区居民，请把这个地区加进 area.yml。"));
        }
        List<String> topics = Checks.topics(y, "topics", lists, file, problems, true);
        HowToApply apply = readApply(y, file, problems);
        String attachment = y.string("attachment", false);
        String attachmentText = attachment == null ? null : extractor.attachmentText(root, "policies", attachment, file, y.lineOf("attachment"), problems);
        String body = Checks.body(fm, file, problems);
        if (errors(problems) > before) {
            return null;
        }
        // Read after the check above: a broken rule drops the rules (sunshine.index.match.RuleCompiler), not the policy.
        Object eligibility = rules(y, "eligibility", Map.class, file, problems);
        Object tests = rules(y, "tests", List.class, file, problems);
        return new Policy(id, title, summary, issuer, published, from, to, region, topics,
                y.string("source", false), attachment, attachmentText, y.bool("sample", false),
                y.string("standard", false), legalBasis(y), y.bool("no_application", false),
                y.string("no_application_note", false), y.strings("excludes"), apply,
                eligibility, tests, body, MarkdownText.plain(body), file);
    }

    /** Rules must be a mapping (eligibility) or a list (tests); anything else is reported here, where its line is known. */
    private Object rules(YamlMap y, String key, Class<?> shape, String file, List<Problem> problems) {
        Object v = y.plain(key, ruleLines);
        if (v == null || shape.isInstance(v)) {
            return v;
        }
        problems.add(Problem.error(file, y.lineOf(key), key.equals("tests")
                ? "tests 应是测试用例的列表（每项以 “- name:” 开头）。这些用例没有收录。"
                : "eligibility 应是规则，以 all:、any:、not: 或 field: 开头。规则没有收录，这条政策照常显示，但暂不参与“政策找人”。"));
        return null;
    }

    private HowToApply readApply(YamlMap y, String file, List<Problem> problems) {
        YamlMap a = y.map("apply");
        if (a == null) {
            problems.add(Problem.error(file, y.lineOf("apply"), "缺少 “apply”（怎么办理：where 办理地点、channels 渠道、materials 材料、contact 咨询）。"));
            return null;
        }
        a.warnUnknownKeys(APPLY_KEYS);
        return new HowToApply(a.string("where", true), a.strings("channels"), a.strings("materials"),
                a.string("contact", false), a.string("online", false));
    }

    private static List<LegalBasis> legalBasis(YamlMap y) {
        List<LegalBasis> out = new ArrayList<>();
        for (YamlMap m : y.maps("legal_basis")) {
            String law = m.string("law", true);
            if (law != null) {
                out.add(new LegalBasis(law, m.string("article", false), m.string("url", false)));
            }
        }
        return List.copyOf(out);
    }

    static int errors(List<Problem> problems) {
        return (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }
}
