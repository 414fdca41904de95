package sunshine.index.match;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a policy's {@code tests:}: each case needs a name, a profile of known fields and values, and an expect of
 * 符合 / 可能符合 / 不符合; {@code on} is an optional date. A broken case is reported and left out.
 */
final class TestCaseParser {
    private static final Set<String> KEYS = Set.of("name", "profile", "expect", "on");

    private final ProfileParser parser;
    private final RuleSource src;

    TestCaseParser(ProfileParser parser, RuleSource src) {
        this.parser = parser;
        this.src = src;
    }

    List<TestCase> parse(Object tests) {
        int line = src.line(tests, 0);
        if (!(tests instanceof List<?> list)) {
            src.error(line, "tests 应是测试用例的列表，每个用例写 name、profile、expect。");
            return List.of();
        }
        List<TestCase> out = new ArrayList<>();
        for (Object item : list) {
            TestCase t = testCase(item, src.line(item, line));
            if (t != null) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private TestCase testCase(Object item, int line) {
        if (!(item instanceof Map<?, ?> m)) {
            src.error(line, "每个测试用例应写成 {name: …, profile: {…}, expect: 符合}。");
            return null;
        }
        String name = PlainValues.text(m.get("name"));
        String called = "测试用例“" + (name == null ? "（没有名字）" : name) + "”";
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                src.error(line, called + "里有不认识的 “" + k + "”；可用：name、profile、expect、on。");
                return null;
            }
        }
        if (name == null) {
            src.error(line, "测试用例缺少 name（一句话说明这是什么情况）。");
            return null;
        }
        Answer expect = Answer.fromLabel(PlainValues.text(m.get("expect")));
        if (expect == null) {
            src.error(line, called + "的 expect 只能是 符合、可能符合 或 不符合，现在是" + PlainValues.describe(m.get("expect")) + "。");
            return null;
        }
        Profile profile = profile(m.get("profile"), called, src.line(m.get("profile"), line));
        LocalDate on = date(m.get("on"), called, line);
        if (profile == null || on == null && m.get("on") != null) {
            return null;
        }
        return new TestCase(name, profile, expect, on, line);
    }

    private Profile profile(Object v, String called, int line) {
        if (v != null && !(v instanceof Map<?, ?>)) {
            src.error(line, called + "的 profile 应写成 {字段: 值, …}，例如 {hukou: 本市, has_certificate: true}。");
            return null;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> answers.put(String.valueOf(k), x instanceof List<?> l
                    ? l.stream().map(String::valueOf).collect(Collectors.joining("、")) : x == null ? "" : String.valueOf(x)));
        }
        ProfileParser.Parsed parsed = parser.parse(answers);
        if (!parsed.ok()) {
            src.error(line, called + "的 profile 有误：" + parsed.errors().stream()
                    .map(e -> e.field() + "：" + e.message()).collect(Collectors.joining(" ")));
            return null;
        }
        return parsed.profile();
    }

    private LocalDate date(Object v, String called, int line) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (DateTimeParseException e) {
            src.error(line, called + "的 on 应是日期，例如 on: 2024-03-01。");
            return null;
        }
    }
}
