package sunshine.index.perf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchService;
import sunshine.index.search.SearchResult;

/**
 * Runs the portal's whole search ({@link SearchService#search}: request parsing, query building, top 10, facets,
 * snippets) from {@code threads} threads for a fixed time, each thread walking the query list from its own
 * offset, and measures throughput and latency. A warm-up of the same kind runs first and is not counted.
 */
public final class SearchLoad {
    private final SearchService search;
    private final List<String> queries;

    public SearchLoad(SearchService search, List<String> queries) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries");
        }
        this.search = search;
        this.queries = List.copyOf(queries);
    }

    public Latencies run(int threads, long warmupMillis, long measureMillis) throws InterruptedException {
        runFor(threads, warmupMillis);
        return runFor(threads, measureMillis);
    }

    private Latencies runFor(int threads, long millis) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        AtomicLong empty = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[threads];
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[1 << 16];
            perThread.add(latencies);
            int index = t;
            Thread worker = new Thread(() -> {
                long[] own = latencies;
                int n = 0;
                int next = index * queries.size() / threads;
                for (long now = System.nanoTime(); now < end; ) {
                    String q = queries.get(next++ % queries.size());
                    try {
                        SearchResult r = search.search(SearchRequest.of(q, null, null, null, null, null, null));
                        if (r.total() == 0) {
                            empty.incrementAndGet();
                        }
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                    }
                    long after = System.nanoTime();
                    if (n == own.length) {
                        own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = after - now;
                    now = after;
                }
                perThread.set(index, own);
                counts[index] = n;
                done.countDown();
            }, "search-load-" + t);
            worker.start();
        }
        done.await();
        long wall = System.nanoTime() - start;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int pos = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(perThread.get(t), 0, all, pos, counts[t]);
            pos += counts[t];
        }
        return Latencies.of(all, wall, errors.get(), empty.get());
    }
}
