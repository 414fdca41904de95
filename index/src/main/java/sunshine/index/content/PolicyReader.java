package sunshine.index.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one policy file ({@code policies/<id>.md}): front matter, body and the optional attached original. */
final class PolicyReader {
    private static final Set<String> KEYS = Set.of("id", "title", "summary", "issuer", "published", "effective_from",
            "effective_to", "region", "topics", "source", "attachment", "sample", "standard", "legal_basis",
            "no_application", "no_application_note", "excludes", "apply", "eligibility", "tests");
    private static final Set<String> APPLY_KEYS = Set.of("where", "channels", "materials", "contact", "online");

    private final ContentLists lists;
    private final TextExtractor extractor;

    PolicyReader(ContentLists lists, TextExtractor extractor) {
        this.lists = lists;
        this.extractor = extractor;
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
        List<String> topics = Checks.topics(y, "topics", lists, file, problems, true);
        HowToApply apply = readApply(y, file, problems);
        String attachment = y.string("attachment", false);
        String attachmentText = attachment == null ? null : extractor.attachmentText(root, "policies", attachment, file, y.lineOf("attachment"), problems);
        String body = Checks.body(fm, file, problems);
        if (errors(problems) > before) {
            return null;
        }
        return new Policy(id, title, summary, issuer, published, from, to, region, topics,
                y.string("source", false), attachment, attachmentText, y.bool("sample", false),
                y.string("standard", false), legalBasis(y), y.bool("no_application", false),
                y.string("no_application_note", false), y.strings("excludes"), apply,
                y.plain("eligibility"), y.plain("tests"), body, MarkdownText.plain(body), file);
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
