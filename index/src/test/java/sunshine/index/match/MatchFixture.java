package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import sunshine.index.content.ContentLists;
import sunshine.index.content.HowToApply;
import sunshine.index.content.Policy;
import sunshine.index.content.Problem;

/** Small profile fields and policies for matcher tests, written as the YAML a clerk would write. */
final class MatchFixture {
    static final String FIELDS_YAML = """
            - {field: age, label: 年龄, type: number, min: 0, max: 120, unit: 岁, birth_date: true}
            - {field: hukou, label: 户籍, type: choice, options: [本市, 外省市], requirement: "{}户籍"}
            - {field: district, label: 居住区, type: choice, options: [嘉定区, 本市其他区]}
            - {field: street, label: 居住街镇, type: choice, options_from: streets.yml, implies: {district: 嘉定区}}
            - {field: has_certificate, label: 是否持有残疾人证, type: boolean, yes_text: 持有残疾人证, no_text: 没有残疾人证}
            - {field: category, label: 残疾类别, type: choice, options: [视力, 听力, 言语, 肢体, 智力, 精神, 多重], requirement: "{}残疾"}
            - {field: grade, label: 残疾等级, type: choice, options: [一级, 二级, 三级, 四级]}
            - {field: household, label: 家庭经济状况, type: choice, options: [低保, 低收入, 特困供养, 无]}
            - {field: employment, label: 就业情况, type: choice, options: [在职, 灵活就业, 未就业, 学生, 退休]}
            - {field: lives_alone, label: 是否独居, type: boolean}
            - {field: needs_care, label: 是否需要长期照护, type: boolean, yes_text: 需要长期照护, no_text: 不需要长期照护}
            - {field: child_age, label: 需康复的孩子年龄, type: number, min: 0, max: 18, unit: 岁, none_text: 没有需要康复的孩子, some_text: 有需要康复的孩子}
            - field: needs
              label: 想要哪方面的帮助
              type: needs
              options: {就业: [就业], 补贴: [补贴, 生活保障], 康复: [康复]}
            """;
    static final ContentLists LISTS = new ContentLists(List.of("补贴", "生活保障", "就业", "康复", "法律援助"), List.of("南翔镇", "安亭镇"));
    static final ProfileFields FIELDS = fields(FIELDS_YAML);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private MatchFixture() {
    }

    static Object yaml(String text) {
        return new Yaml().load(text);
    }

    static ProfileFields fields(String yaml) {
        List<Problem> problems = new ArrayList<>();
        ProfileFields f = ProfileFieldsReader.read(yaml(yaml), LISTS, new IdentityHashMap<>(), problems);
        assertEquals(List.of(), problems);
        return f;
    }

    /** A rule compiled from YAML; fails the test if the rule is reported as wrong. */
    static Condition rule(String yaml) {
        return compile(yaml(yaml));
    }

    static Condition compile(Object plain) {
        List<Problem> problems = new ArrayList<>();
        Condition c = new RuleParser(FIELDS, new RuleSource("test.md", new IdentityHashMap<>(), problems)).parse(plain, 1);
        assertEquals(List.of(), problems);
        return c;
    }

    /** A profile from "field=value" pairs, read like form answers. */
    static Profile profile(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String p : pairs) {
            String[] kv = p.split("=", 2);
            answers.put(kv[0], kv[1]);
        }
        return new ProfileParser(FIELDS).parseOrThrow(answers);
    }

    static Outcome evaluate(String ruleYaml, String... pairs) {
        return Evaluator.evaluate(rule(ruleYaml), profile(pairs).factsOn(TODAY));
    }

    static Verdict verdict(String ruleYaml, String... pairs) {
        return evaluate(ruleYaml, pairs).verdict();
    }

    static Policy policy(String id, List<String> topics, List<String> excludes, LocalDate from, LocalDate to, String eligibility) {
        return new Policy(id, "政策" + id, "摘要", "区残联", from, from, to, "嘉定区", topics, null, null, null, false,
                "按月发放", List.of(), false, null, excludes, new HowToApply("街镇社区事务受理服务中心", List.of("窗口"), List.of(), null, null),
                eligibility == null ? null : yaml(eligibility), null, "正文", "正文", "policies/" + id + ".md");
    }

    static Policy policy(String id, List<String> topics, String eligibility) {
        return policy(id, topics, List.of(), LocalDate.of(2020, 1, 1), null, eligibility);
    }

    static PolicyMatcher matcher(Policy... policies) {
        List<PolicyRules> rules = new ArrayList<>();
        for (Policy p : policies) {
            rules.add(new PolicyRules(p, p.eligibility() == null ? null : compile(p.eligibility()), List.of()));
        }
        return new PolicyMatcher(new RuleBook(FIELDS, rules));
    }

    /** The real profile fields of the portal, from content/ (tests run in the index module folder). */
    static ProfileFields contentFields() throws Exception {
        Path content = Path.of("../content");
        List<Problem> problems = new ArrayList<>();
        String text = Files.readString(content.resolve("profile-fields.yml"), StandardCharsets.UTF_8);
        ProfileFields f = ProfileFieldsReader.read(yaml(text), ContentLists.load(content, problems), new IdentityHashMap<>(), problems);
        assertEquals(List.of(), problems);
        return f;
    }
}
