package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.content.ContentFixture;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.Problem;

/** What `check` says about wrong rules and test cases: an error at the right file:line, in plain Chinese. */
class RuleValidationTest {
    private static final String CASES = """
            tests:
              - name: 本市户籍
                profile: {hukou: 本市}
                expect: 符合
            """;

    @TempDir
    Path dir;
    private String text;

    private ContentLoader.Result load(String frontMatter) throws Exception {
        text = ContentFixture.policy("a", "补贴").replace("---\n## 适用对象", frontMatter + "---\n## 适用对象");
        var f = new ContentFixture(dir).write("topics.yml", "- 补贴\n- 生活保障\n- 就业\n- 康复\n- 法律援助\n")
                .write("profile-fields.yml", MatchFixture.FIELDS_YAML).write("policies/a.md", text);
        return new ContentLoader(f.root()).load();
    }

    private ContentLoader.Result loadRule(String rule) throws Exception {
        return load("eligibility:\n  all:\n    - " + rule + "\n" + CASES);
    }

    /** The error reported on the line holding {@code needle}; its message must contain every {@code words}. */
    private Problem errorAt(ContentLoader.Result r, String needle, String... words) {
        List<String> lines = text.lines().toList();
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains(needle)).findFirst().orElseThrow());
        Problem p = r.problems().stream().filter(x -> x.line() == line && x.severity() == Problem.Severity.ERROR).findFirst()
                .orElseThrow(() -> new AssertionError("no error at line " + line + ": " + r.problems()));
        assertEquals("policies/a.md", p.file());
        for (String w : words) {
            assertTrue(p.message().contains(w), p.message());
        }
        return p;
    }

    @Test
    void goodRulesAndCasesLoadWithoutProblems() throws Exception {
        var r = load("eligibility:\n  all:\n    - {field: hukou, equals: 本市}\n    - {field: grade, one_of: [一级, 二级]}\n" + CASES
                .replace("{hukou: 本市}", "{hukou: 本市, grade: 一级}"));
        assertEquals(List.of(), r.problems());
        assertTrue(r.rules().policies().get(0).hasRules());
        assertEquals(1, r.rules().policies().get(0).tests().size());
    }

    @Test
    void aCaseMayGiveABirthDateAndTheDayItIsJudgedOn() throws Exception {
        var r = load("""
                eligibility: {field: age, at_least: 66}
                tests:
                  - {name: 还差两个月, profile: {age: 1958-03-02}, on: 2024-01-01, expect: 不符合}
                  - {name: 满了, profile: {age: 1958-03-02}, on: 2024-03-02, expect: 符合}
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.rules().policies().get(0).tests().size());
    }

    @Test
    void unknownFieldDropsTheRulesButKeepsThePolicy() throws Exception {
        var r = loadRule("{field: hokou, equals: 本市}");
        errorAt(r, "hokou", "“hokou” 不存在", "hukou");
        assertEquals("a", r.documents().get(0).id());
        assertFalse(r.rules().policies().get(0).hasRules());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("照常显示")), r.problems().toString());
    }

    @Test
    void unknownOperator() throws Exception {
        errorAt(loadRule("{field: hukou, equal: 本市}"), "equal:", "不认识的比较方式 “equal”");
    }

    @Test
    void valueNotAmongTheOptions() throws Exception {
        errorAt(loadRule("{field: household, one_of: [低保, 困难]}"), "困难", "没有 “困难” 这个选项", "低收入");
    }

    @Test
    void wrongTypes() throws Exception {
        errorAt(loadRule("{field: grade, equals: 2}"), "equals: 2", "选项字段", "数字 2");
        errorAt(loadRule("{field: age, at_least: 十六}"), "十六", "数字字段");
        errorAt(loadRule("{field: has_certificate, equals: 有}"), "equals: 有", "true 或 false");
        errorAt(loadRule("{field: grade, at_least: 2}"), "at_least: 2", "只能用于数字字段");
    }

    @Test
    void impossibleConditions() throws Exception {
        var r = load("eligibility:\n  all:\n    - {field: age, at_least: 60}\n    - {field: age, at_most: 18}\n" + CASES);
        errorAt(r, "at_most: 18", "互相矛盾", "年龄至少60岁", "年龄不超过18岁");
        errorAt(loadRule("{field: grade, one_of: []}"), "one_of: []", "空的");
        errorAt(loadRule("{field: child_age, at_most: 25}"), "at_most: 25", "0–18");
        errorAt(loadRule("{field: hukou, present: true}"), "present: true", "none_text");
    }

    @Test
    void oneOperatorPerRule() throws Exception {
        errorAt(loadRule("{field: age, at_least: 16, at_most: 60}"), "at_least: 16", "只能有一个比较方式");
    }

    @Test
    void eligibilityThatIsNotARuleIsReportedAndThePolicyKept() throws Exception {
        var r = load("eligibility: 本市户籍的持证残疾人\n");
        errorAt(r, "eligibility:", "all:");
        assertEquals(1, r.documents().size());
    }

    @Test
    void testCaseWithUnknownFieldOrValueOrExpect() throws Exception {
        var r = load("""
                eligibility: {field: hukou, equals: 本市}
                tests:
                  - {name: 颜色, profile: {hukou: 本市, colour: 红}, expect: 符合}
                  - {name: 等级, profile: {grade: 五级}, expect: 不符合}
                  - {name: 合格, profile: {hukou: 本市}, expect: 合格}
                """);
        errorAt(r, "colour", "测试用例“颜色”", "colour");
        errorAt(r, "五级", "测试用例“等级”", "残疾等级");
        errorAt(r, "合格}", "expect 只能是 符合、可能符合 或 不符合");
        assertTrue(r.rules().policies().get(0).hasRules(), "a broken case does not drop the rules");
    }

    @Test
    void aCaseThatContradictsItsRulesIsAnErrorOnItsLine() throws Exception {
        var r = load("""
                eligibility: {field: hukou, equals: 本市}
                tests:
                  - {name: 外地人, profile: {hukou: 外省市}, expect: 符合}
                """);
        errorAt(r, "外地人", "期望“符合”", "得到“不符合”", "您的户籍为外省市");
    }

    @Test
    void brokenProfileFieldNamesItsLine() throws Exception {
        var f = new ContentFixture(dir).write("profile-fields.yml", "- {field: age, label: 年龄, type: number}\n- {field: hukou, label: 户籍, type: text}\n")
                .write("policies/a.md", ContentFixture.policy("a", "补贴"));
        var r = new ContentLoader(f.root()).load();
        Problem p = r.problems().get(0);
        assertEquals("profile-fields.yml:2", p.file() + ":" + p.line());
        assertTrue(p.message().contains("choice、number、boolean"), p.message());
    }
}
