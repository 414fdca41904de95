package sunshine.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sunshine.app.searchlog.SearchLogReport;

/** Prints the search log for editors: searches, searches with no result, and the most asked queries. */
@Command(name = "searchlog", mixinStandardHelpOptions = true,
        description = "Show what residents searched for (counts only) and which searches found nothing.")
final class SearchLogCommand implements Callable<Integer> {
    @Option(names = "--index", defaultValue = "${env:PORTAL_INDEX:-var/index}", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--dir", description = "search log folder (default: <index>/searchlog, or env PORTAL_SEARCH_LOG)")
    Path dir;

    @Option(names = "--days", defaultValue = "30", description = "how many days up to today (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--top", defaultValue = "30", description = "queries listed (default: ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws Exception {
        String env = System.getenv("PORTAL_SEARCH_LOG");
        Path folder = dir != null ? dir : env != null && !env.isBlank() && !env.equals("off") ? Path.of(env) : index.resolve("searchlog");
        if (!Files.isDirectory(folder)) {
            System.err.println("还没有搜索日志 / no search log yet: " + folder.toAbsolutePath());
            return 0;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        System.out.print(SearchLogReport.read(folder, today, days).render(top));
        return 0;
    }
}
