package sunshine.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one value built for the current key (an index generation, and what else it depends on), compared by identity.
 * Whoever asks first builds it; anyone asking meanwhile (a request arriving while the warm-up builds it) waits for that
 * build instead of starting a second one on the same two cores. A caller still holding an older key gets a value
 * built for it alone. A failed build is forgotten, so the next caller tries again.
 */
final class BuiltOnce<V> {
    interface Build<V> {
        V build() throws IOException;
    }

    private record Entry<V>(Object key, Object also, CompletableFuture<V> value) {
        boolean isFor(Object k, Object a) {
            return key == k && also == a;
        }
    }

    private final AtomicReference<Entry<V>> current = new AtomicReference<>();

    V get(Object key, Object also, Build<V> build) throws IOException {
        Entry<V> e = current.get();
        if (e != null && e.isFor(key, also)) {
            return join(e.value());
        }
        Entry<V> mine = new Entry<>(key, also, new CompletableFuture<>());
        if (!current.compareAndSet(e, mine)) {
            Entry<V> now = current.get();
            return now != null && now.isFor(key, also) ? join(now.value()) : build.build();
        }
        try {
            V value = build.build();
            mine.value().complete(value);
            return value;
        } catch (IOException | RuntimeException ex) {
            mine.value().completeExceptionally(ex);
            current.compareAndSet(mine, null);
            throw ex;
        }
    }

    private static <V> V join(CompletableFuture<V> value) throws IOException {
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
