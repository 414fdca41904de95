package sunshine.index.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.ContentLists;
import sunshine.index.content.Policy;
import sunshine.index.content.Problem;

/**
 * Compiles every policy's rules and test cases once, at content load, and runs the cases, so {@code check} reports
 * a wrong rule or a failing case with {@code file:line}. Broken rules are dropped (the policy stays a document); a
 * broken case is left out; a failing case is an error but the rules are kept, since either may be the wrong one.
 */
public final class RuleCompiler {
    private RuleCompiler() {
    }

    /**
     * @param fieldsPlain {@code profile-fields.yml} as plain values, or null when the file is missing
     * @param lines       the file line of each plain map and list (identity), filled while the files were read
     */
    public static RuleBook compile(Object fieldsPlain, ContentLists lists, List<ContentDocument> docs,
                                   Map<Object, Integer> lines, List<Problem> problems) {
        List<Policy> policies = docs.stream().filter(Policy.class::isInstance).map(Policy.class::cast).toList();
        boolean anyRules = policies.stream().anyMatch(p -> p.eligibility() != null || p.tests() != null);
        ProfileFields fields = ProfileFields.EMPTY;
        if (fieldsPlain != null) {
            fields = ProfileFieldsReader.read(fieldsPlain, lists, lines, problems);
        } else if (anyRules) {
            problems.add(Problem.error(ProfileFieldsReader.FILE, 0,
                    "找不到 profile-fields.yml：资格规则用到的字段都在这里定义。没有它，所有政策暂不参与“政策找人”。"));
        }
        Set<String> ids = policies.stream().map(Policy::id).collect(Collectors.toSet());
        ProfileParser parser = new ProfileParser(fields);
        List<PolicyRules> out = new ArrayList<>();
        for (Policy p : policies) {
            out.add(compile(p, fields, parser, ids, new RuleSource(p.sourceFile(), lines, problems)));
        }
        return new RuleBook(fields, out);
    }

    private static PolicyRules compile(Policy p, ProfileFields fields, ProfileParser parser, Set<String> ids, RuleSource src) {
        p.excludes().stream().filter(id -> !ids.contains(id)).forEach(id ->
                src.warning(0, "excludes 里的政策 “" + id + "” 不存在，无法提示“不能同时享受”。"));
        Condition rules = null;
        if (p.eligibility() != null) {
            int line = src.line(p.eligibility(), 0);
            rules = new RuleParser(fields, src).parse(p.eligibility(), line);
            if (rules == null) {
                src.error(line, "因为资格规则有误，这条政策照常显示，但在“政策找人”里暂不判断资格；改正后再运行检查。");
            }
        }
        List<TestCase> cases = p.tests() == null ? List.of() : new TestCaseParser(parser, src).parse(p.tests());
        if (p.eligibility() != null && p.tests() == null) {
            src.warning(src.line(p.eligibility(), 0), "有资格规则但没有测试用例（tests）：请至少写一个符合、一个不符合的用例。");
        }
        if (p.eligibility() == null && p.tests() != null) {
            src.warning(src.line(p.tests(), 0), "有测试用例但没有资格规则（eligibility），用例不会运行。");
        }
        PolicyRules compiled = new PolicyRules(p, rules, cases);
        if (rules != null) {
            for (TestCase t : cases) {
                Answer actual = t.run(compiled);
                if (actual != t.expect()) {
                    src.error(t.line(), "测试用例“" + t.name() + "”期望“" + t.expect().label() + "”，按规则得到“" + actual.label()
                            + "”（" + t.explain(compiled) + "）。请核对规则或这个用例。");
                }
            }
        }
        return compiled;
    }
}
