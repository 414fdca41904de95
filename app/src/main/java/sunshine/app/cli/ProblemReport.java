package sunshine.app.cli;

import java.io.PrintStream;
import java.util.List;
import sunshine.index.content.Problem;

/** Prints content problems one per line, as {@code file:line: 错误：sentence}. */
final class ProblemReport {
    private ProblemReport() {
    }

    /** Paths are shown under {@code contentRoot} (e.g. content/policies/x.md:12) so a clerk can open the file. */
    static void print(java.nio.file.Path contentRoot, List<Problem> problems, PrintStream out) {
        problems.forEach(p -> out.println(contentRoot.resolve(p.file()).normalize() + (p.line() > 0 ? ":" + p.line() : "")
                + ": " + (p.severity() == Problem.Severity.ERROR ? "错误" : "提醒") + "：" + p.message()));
    }
}
