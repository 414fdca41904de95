package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.Problem;

/**
 * Every test case shipped in content/policies becomes a test here, so a content editor adds a case without code
 * (as OpenFisca's YAML tests). Also checks that no policy's rules were dropped as broken.
 */
class ShippedPolicyCasesTest {
    private static final ContentLoader.Result CONTENT = new ContentLoader(Path.of("../content")).load();

    @TestFactory
    Stream<DynamicNode> everyPolicyCase() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (PolicyRules rules : CONTENT.rules().policies()) {
            if (rules.policy().eligibility() == null) {
                continue;
            }
            String file = rules.policy().sourceFile();
            List<DynamicNode> cases = new ArrayList<>();
            cases.add(dynamicTest("规则有效且有测试用例", () -> {
                assertTrue(rules.hasRules(), () -> "规则被丢弃：" + problems(file));
                assertFalse(rules.tests().isEmpty(), file + " 有规则但没有测试用例");
            }));
            for (TestCase t : rules.tests()) {
                cases.add(dynamicTest(t.name(), () -> assertEquals(t.expect(), t.run(rules),
                        () -> file + ":" + t.line() + " “" + t.name() + "”：" + t.explain(rules))));
            }
            nodes.add(dynamicContainer(rules.policy().id(), cases));
        }
        nodes.add(dynamicTest("用例本身都能读懂", () -> assertEquals(List.of(), CONTENT.problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR && p.message().contains("测试用例")).toList())));
        return nodes.stream();
    }

    private static List<Problem> problems(String file) {
        return CONTENT.problems().stream().filter(p -> p.file().equals(file)).toList();
    }
}
