package sunshine.index.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import sunshine.index.content.ContentDocument;

/**
 * The vectors of documents being indexed: taken from the {@link VectorCache} when their text was embedded before,
 * otherwise embedded (on every core) and added to it. {@link #embedded()} counts the texts that had to be embedded.
 */
public final class DocumentVectors {
    private final Embedder embedder;
    private final VectorCache cache;
    private final AtomicInteger embedded = new AtomicInteger();

    public DocumentVectors(Embedder embedder, VectorCache cache) {
        this.embedder = embedder;
        this.cache = cache;
    }

    public String modelId() {
        return embedder.modelId();
    }

    /** Embeds every document whose text is not cached yet, on {@code threads} threads; {@code log} hears progress. */
    public void fill(List<? extends ContentDocument> docs, int threads, Consumer<String> log) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String text : new LinkedHashSet<>(docs.stream().map(EmbeddedText::of).toList())) {
            if (cache.get(text).isEmpty()) {
                missing.add(text);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        log.accept(String.format("embedding %,d of %,d texts with %s", missing.size(), docs.size(), embedder.modelId()));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> new Thread(r, "embedder"));
        try {
            List<Future<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads); t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < missing.size(); i = next.getAndIncrement()) {
                        embedAndStore(missing.get(i));
                        if ((i + 1) % 5000 == 0) {
                            log.accept(String.format("embedded %,d / %,d (%.0f s)", i + 1, missing.size(), (System.nanoTime() - start) / 1e9));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : jobs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("embedding interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException("embedding failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.accept(String.format("embedded %,d texts in %.1f s", missing.size(), (System.nanoTime() - start) / 1e9));
    }

    /** The vector of one document, embedding it now if it is not cached. */
    public float[] of(ContentDocument d) throws IOException {
        String text = EmbeddedText.of(d);
        Optional<float[]> cached = cache.get(text);
        return cached.isPresent() ? cached.get() : embedAndStore(text);
    }

    public int embedded() {
        return embedded.get();
    }

    private float[] embedAndStore(String text) throws IOException {
        float[] v = embedder.embedDocument(text);
        embedded.incrementAndGet();
        cache.put(text, v);
        return v;
    }
}
