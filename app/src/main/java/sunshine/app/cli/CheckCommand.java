package sunshine.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import sunshine.index.content.ContentLoader;

/** Validates the content folder; exit 1 when a file has errors (it would be skipped), 0 otherwise. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every content file and report problems as file:line and a plain sentence.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    Locations where;

    @Override
    public Integer call() {
        ContentLoader.Result r = new ContentLoader(where.content).load();
        ProblemReport.print(where.content, r.problems(), System.out);
        System.out.printf("检查完成：%d 篇文档可用，%d 个错误（对应文件或行未收录），%d 个提醒。%n",
                r.documents().size(), r.errorCount(), r.problems().size() - r.errorCount());
        return r.errorCount() > 0 ? 1 : 0;
    }
}
