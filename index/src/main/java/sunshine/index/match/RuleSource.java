package sunshine.index.match;

import java.util.List;
import java.util.Map;
import sunshine.index.content.Problem;

/** The policy file being compiled: where its plain values sit (lines) and where problems go. */
record RuleSource(String file, Map<Object, Integer> lines, List<Problem> problems) {

    int line(Object container, int fallback) {
        return PlainValues.line(lines, container, fallback);
    }

    void error(int line, String message) {
        problems.add(Problem.error(file, line, message));
    }

    void warning(int line, String message) {
        problems.add(Problem.warning(file, line, message));
    }

    int errors() {
        return (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }
}
