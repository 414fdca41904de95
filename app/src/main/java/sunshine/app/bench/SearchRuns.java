package sunshine.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sunshine.index.build.IndexStore;
import sunshine.index.content.Vocabulary;
import sunshine.index.perf.Latencies;
import sunshine.index.perf.QueryMix;
import sunshine.index.perf.SearchLoad;
import sunshine.index.search.LiveIndex;
import sunshine.index.search.SearchService;

/** The portal's search on one index: keyword and question mixes, each on one thread and on two. */
final class SearchRuns {
    /** One measured run. */
    record Run(int documents, String kind, int threads, Latencies latencies) {
    }

    private SearchRuns() {
    }

    static List<Run> measure(Path indexRoot, Vocabulary vocabulary, QueryMix mix, long warmupMillis, long measureMillis)
            throws IOException {
        List<Run> out = new ArrayList<>();
        try (LiveIndex live = new LiveIndex(new IndexStore(indexRoot))) {
            SearchService search = new SearchService(live, vocabulary);
            for (String kind : List.of("keyword", "question")) {
                SearchLoad load = new SearchLoad(search, kind.equals("keyword") ? mix.keywords() : mix.questions());
                for (int threads : List.of(1, 2)) {
                    IndexingSection.progress("searching %s queries on %d thread(s), %,d documents", kind, threads, live.docCount());
                    out.add(new Run(live.docCount(), kind, threads, load.run(threads, warmupMillis, measureMillis)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    /** Rows of runs; the p99 limit is shown on keyword runs on one thread. */
    static Table table(List<Run> runs, boolean limitApplies) {
        Table t = new Table(">documents", "queries", ">threads", ">queries/s", ">p50 ms", ">p99 ms", ">max ms",
                ">no result", ">errors", "limit");
        for (Run r : runs) {
            Latencies l = r.latencies();
            String limit = "errors = 0: " + Table.verdict(l.errors() == 0);
            if (r.kind().equals("keyword") && r.threads() == 1) {
                limit += "; p99 < 5 ms" + (limitApplies ? ": " + Table.verdict(l.p99Millis() < 5) : " (target for the laws corpus)");
            }
            t.row(Table.num(r.documents(), 0), r.kind(), r.threads(), Table.num(l.perSecond(), 0), Table.num(l.p50Millis(), 2),
                    Table.num(l.p99Millis(), 2), Table.num(l.maxMillis(), 1),
                    Table.num(100.0 * l.empty() / Math.max(1, l.count()), 1) + " %", l.errors(), limit);
        }
        return t;
    }

    static double throughput(List<Run> runs, String kind, int threads) {
        return runs.stream().filter(r -> r.kind().equals(kind) && r.threads() == threads)
                .mapToDouble(r -> r.latencies().perSecond()).findFirst().orElse(0);
    }
}
