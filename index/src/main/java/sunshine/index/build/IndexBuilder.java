package sunshine.index.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Jurisdiction;
import sunshine.index.semantic.DocumentVectors;

/**
 * Builds a new index generation from content records, beside the live one, and publishes it only when complete.
 * Documents are added from {@code threads} threads (IndexWriter is thread-safe), so analysis uses every core.
 */
public final class IndexBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
    public static final String FINGERPRINT = "fingerprint";
    public static final String DOC_COUNT = "docs";
    public static final String BUILT_AT = "built_at";

    /** Told after each document, for a progress display. */
    public interface Progress {
        void documentDone(int done, int total);
    }

    /** {@code mergeMillis}: the part of {@code millis} spent merging to one segment and committing (benches report it apart). */
    public record Built(Path generation, int documents, long millis, long mergeMillis) {
    }

    private final IndexStore store;
    private final int threads;
    private final DocumentVectors vectors;
    private final Jurisdiction here;

    public IndexBuilder(IndexStore store, int threads) {
        this(store, threads, null);
    }

    /** With {@code vectors} (may be null: no vector field), every document also gets its embedding. */
    public IndexBuilder(IndexStore store, int threads, DocumentVectors vectors) {
        this(store, threads, vectors, Jurisdiction.EVERYWHERE);
    }

    /** As above; documents that {@code here} does not cover are ranked after those it does (see {@link TypePrior}). */
    public IndexBuilder(IndexStore store, int threads, DocumentVectors vectors, Jurisdiction here) {
        this.store = store;
        this.threads = Math.max(1, threads);
        this.vectors = vectors;
        this.here = here;
    }

    public Built build(List<? extends ContentDocument> docs, String fingerprint, Progress progress) throws IOException {
        long start = System.nanoTime();
        try (Lock lock = store.buildLock()) {
            Path gen = store.newGeneration();
            long mergeNanos;
            try {
                mergeNanos = write(gen, docs, fingerprint, progress);
            } catch (IOException | RuntimeException e) {
                IndexStore.deleteTree(gen);
                throw e;
            }
            store.publish(gen);
            store.removeOldGenerations();
            return new Built(gen, docs.size(), (System.nanoTime() - start) / 1_000_000, mergeNanos / 1_000_000);
        }
    }

    /** Writes the generation; returns the nanoseconds spent in the final merge and commit. */
    private long write(Path gen, List<? extends ContentDocument> docs, String fingerprint, Progress progress) throws IOException {
        if (vectors != null) {
            // Embed what the cache lacks on every core first; the writers below then only read the cache.
            vectors.fill(docs, threads, LOG::info);
        }
        IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer())
                .setCodec(Fields.codec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128);
        try (FSDirectory dir = FSDirectory.open(gen); IndexWriter writer = new IndexWriter(dir, config)) {
            AtomicInteger done = new AtomicInteger();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "indexer"));
            try {
                List<Future<Void>> jobs = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    jobs.add(pool.submit(() -> {
                        DocumentConverter converter = new DocumentConverter(here);
                        for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                            ContentDocument d = docs.get(i);
                            writer.addDocument(converter.convert(d, vectors == null ? null : vectors.of(d)));
                            progress.documentDone(done.incrementAndGet(), docs.size());
                        }
                        return null;
                    }));
                }
                for (Future<Void> f : jobs) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("indexing interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw new IOException("indexing failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            Map<String, String> data = new HashMap<>();
            data.put(FINGERPRINT, fingerprint);
            data.put(DOC_COUNT, Integer.toString(docs.size()));
            data.put(BUILT_AT, Instant.now().toString());
            if (vectors != null) {
                data.put(Fields.VECTOR_MODEL, vectors.modelId());
            }
            data.put(Fields.AREA, here.toCommitData());
            writer.setLiveCommitData(data.entrySet());
            long merge = System.nanoTime();
            writer.forceMerge(1);
            writer.commit();
            return System.nanoTime() - merge;
        }
    }
}
