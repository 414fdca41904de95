package sunshine.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sunshine.index.PortalIndex;

/** Builds the index from content (when content changed, or always with --force); a running server picks it up. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the index from the content folder. A running portal switches to it without a restart.")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    Locations where;

    @Option(names = "--force", description = "rebuild even when the content did not change")
    boolean force;

    @Override
    public Integer call() throws Exception {
        try (PortalIndex index = new PortalIndex(where.content, where.index, where.indexThreads())) {
            PortalIndex.Status s = index.open(new ProgressBar(System.err), force);
            ProblemReport.print(where.content, s.problems(), System.err);
            System.out.printf("%s: %d 篇文档，用时 %.1f 秒，索引在 %s%n", s.rebuilt() ? "已重建索引 / index rebuilt" : "内容没有变化，沿用现有索引 / index up to date",
                    s.documents(), s.millis() / 1000.0, where.index.toAbsolutePath());
            return 0;
        }
    }
}
