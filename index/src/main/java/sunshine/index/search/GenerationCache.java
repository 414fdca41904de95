package sunshine.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.IndexSearcher;

/**
 * A value derived from one index generation (a suggester, the 街镇 names), built once per generation and then
 * shared: a generation never changes, so neither does the value. Whoever asks first builds it; anyone asking
 * meanwhile (a request arriving while {@link SearchService#warmUp} builds it) waits for that build instead of
 * starting a second one on the same two cores.
 */
final class GenerationCache<T> {
    interface Builder<T> {
        T build(IndexSearcher searcher, IndexHandle handle) throws IOException;
    }

    private record Entry<T>(IndexHandle handle, CompletableFuture<T> value) {
    }

    private final Builder<T> builder;
    private final AtomicReference<Entry<T>> current = new AtomicReference<>();

    GenerationCache(Builder<T> builder) {
        this.builder = builder;
    }

    T get(IndexSearcher searcher, IndexHandle handle) throws IOException {
        Entry<T> e = current.get();
        if (e != null && e.handle() == handle) {
            return join(e.value());
        }
        Entry<T> mine = new Entry<>(handle, new CompletableFuture<>());
        if (!current.compareAndSet(e, mine)) {
            Entry<T> now = current.get();
            if (now != null && now.handle() == handle) {
                return join(now.value());
            }
            return builder.build(searcher, handle); // another generation took the slot meanwhile: build for this caller only
        }
        try {
            T value = builder.build(searcher, handle);
            mine.value().complete(value);
            return value;
        } catch (IOException | RuntimeException ex) {
            mine.value().completeExceptionally(ex);
            current.compareAndSet(mine, null); // the next caller tries again
            throw ex;
        }
    }

    private static <T> T join(CompletableFuture<T> value) throws IOException {
        try {
            return value.join();
        } catch (CompletionException ex) {
            if (ex.getCause() instanceof IOException io) {
                throw io;
            }
            if (ex.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw ex.getCause() instanceof RuntimeException r ? r : ex;
        }
    }
}
