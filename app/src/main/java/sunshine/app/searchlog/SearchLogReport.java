package sunshine.app.searchlog;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The search log over a span of days, for editors: how much was searched, how much found nothing, and the most
 * asked queries with their zero-result counts (a query that often finds nothing is content to write).
 */
public record SearchLogReport(LocalDate from, LocalDate to, long searches, long zeroResults, List<SearchCounts.Row> queries) {

    /** The {@code days} days up to and including {@code to}, merged. */
    public static SearchLogReport read(Path dir, LocalDate to, int days) throws IOException {
        SearchCounts all = new SearchCounts(Integer.MAX_VALUE);
        LocalDate from = to.minusDays(Math.max(1, days) - 1L);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            SearchLogFile.read(SearchLogFile.of(dir, d), all);
        }
        return new SearchLogReport(from, to, all.total(), all.zeroTotal(), all.rows());
    }

    /** Plain text: totals, then the {@code top} most asked queries, then the {@code top} most asked that found nothing. */
    public String render(int top) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "搜索日志 / search log %s – %s%n", from, to));
        b.append(String.format(Locale.ROOT, "搜索 %d 次，其中 %d 次没有结果（%.1f%%），%d 个不同的搜索词%n%n", searches, zeroResults,
                searches == 0 ? 0.0 : 100.0 * zeroResults / searches, queries.size()));
        b.append("最常搜索 / most searched (次数 / count, 无结果 / zero results, 搜索词 / query):\n");
        queries.stream().limit(top).forEach(r -> b.append(row(r)));
        b.append("\n常常没有结果 / most searched with no result:\n");
        queries.stream().filter(r -> r.zero() > 0)
                .sorted((x, y) -> Long.compare(y.zero(), x.zero())).limit(top).forEach(r -> b.append(row(r)));
        return b.toString();
    }

    private static String row(SearchCounts.Row r) {
        return String.format(Locale.ROOT, "%8d %8d  %s%n", r.count(), r.zero(), r.query());
    }
}
