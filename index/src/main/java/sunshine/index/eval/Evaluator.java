package sunshine.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import sunshine.index.content.ContentDocument;

/**
 * Runs query sets against configurations: each configuration builds its own index in a folder under
 * {@code tempRoot}, answers every query, and deletes the folder. Configurations run side by side on
 * {@code threads} threads (each indexes from a single thread, so its results do not depend on scheduling).
 */
public final class Evaluator {
    private final Path tempRoot;
    private final int threads;
    private final Consumer<String> log;
    private final Path vectorCache;

    public Evaluator(Path tempRoot, int threads, Consumer<String> log) {
        this(tempRoot, threads, log, null);
    }

    private Evaluator(Path tempRoot, int threads, Consumer<String> log, Path vectorCache) {
        this.tempRoot = tempRoot;
        this.threads = Math.max(1, threads);
        this.log = log;
        this.vectorCache = vectorCache;
    }

    /** The same, with the portal's semantic configurations, whose document vectors are cached in {@code dir}. */
    public Evaluator withVectorCache(Path dir) {
        return new Evaluator(tempRoot, threads, log, dir);
    }

    /** The document-vector cache folder, or null when the semantic configurations are not run. */
    public Path vectorCache() {
        return vectorCache;
    }

    /** One result per configuration, in the order given; ranked lists are read to {@code depth}. */
    public List<RunResult> run(String set, List<Configuration> configs, List<? extends ContentDocument> docs,
                               List<JudgedQuery> queries, int depth) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, configs.size()));
        try {
            List<Future<RunResult>> jobs = new ArrayList<>();
            for (Configuration c : configs) {
                jobs.add(pool.submit(() -> runOne(set, c, docs, queries, depth)));
            }
            List<RunResult> out = new ArrayList<>();
            for (Future<RunResult> f : jobs) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io
                    : e.getCause() instanceof UncheckedIOException u ? u.getCause()
                    : new IOException(set + ": " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private RunResult runOne(String set, Configuration c, List<? extends ContentDocument> docs,
                             List<JudgedQuery> queries, int depth) throws IOException {
        Files.createDirectories(tempRoot);
        Path dir = Files.createTempDirectory(tempRoot, set + "-" + c.key() + "-");
        try {
            long t0 = System.nanoTime();
            List<QueryScore> scores = new ArrayList<>(queries.size());
            long built;
            try (Ranker ranker = c.builder().build(docs, dir)) {
                built = System.nanoTime();
                log.accept(String.format("[%s/%s] %,d documents indexed in %.1f s", set, c.key(), docs.size(), (built - t0) / 1e9));
                for (JudgedQuery q : queries) {
                    scores.add(QueryScore.of(q, ranker.rank(q.text(), depth)));
                }
            }
            long done = System.nanoTime();
            log.accept(String.format("[%s/%s] %,d queries in %.1f s", set, c.key(), queries.size(), (done - built) / 1e9));
            return new RunResult(c, scores, docs.size(), (built - t0) / 1_000_000, (done - built) / 1_000_000);
        } finally {
            TempDirs.delete(dir);
        }
    }
}
