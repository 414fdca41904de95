package sunshine.app.searchlog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One day's searches: how many, how many found nothing, and per normalized query the same two counts. Memory is
 * bounded: past {@code maxQueries} distinct queries the least asked are dropped (their searches still count in the
 * totals), so a flood of unique strings cannot grow the map.
 */
public final class SearchCounts {
    /** One query's counts, as shown to editors. */
    public record Row(String query, long count, long zero) {
    }

    private final int maxQueries;
    private final Map<String, long[]> byQuery = new HashMap<>();
    private long total;
    private long zeroTotal;

    SearchCounts(int maxQueries) {
        this.maxQueries = maxQueries;
    }

    /** One search (or {@code count} of them) for {@code query}, {@code zero} of which found nothing. */
    synchronized void add(String query, long count, long zero) {
        addTotals(count, zero);
        addRow(query, count, zero);
    }

    /** Counts for a query without touching the day totals (reading a file back: its totals come apart). */
    synchronized void addRow(String query, long count, long zero) {
        long[] c = byQuery.computeIfAbsent(query, k -> new long[2]);
        c[0] += count;
        c[1] += zero;
        if (byQuery.size() > maxQueries) {
            evict();
        }
    }

    /** Drops the least asked tenth, so eviction runs once per many new queries rather than on each. */
    private void evict() {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(byQuery.entrySet());
        entries.sort(Comparator.comparingLong(e -> e.getValue()[0]));
        int drop = Math.max(1, byQuery.size() - maxQueries * 9 / 10);
        for (int i = 0; i < drop; i++) {
            byQuery.remove(entries.get(i).getKey());
        }
    }

    synchronized long total() { return total; }

    synchronized long zeroTotal() { return zeroTotal; }

    synchronized int distinct() { return byQuery.size(); }

    synchronized void addTotals(long queries, long zero) {
        total += queries;
        zeroTotal += zero;
    }

    /** Every query, most asked first. */
    synchronized List<Row> rows() {
        List<Row> out = new ArrayList<>();
        byQuery.forEach((q, c) -> out.add(new Row(q, c[0], c[1])));
        out.sort(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::query));
        return out;
    }
}
