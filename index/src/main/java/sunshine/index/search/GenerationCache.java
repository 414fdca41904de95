package sunshine.index.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.IndexSearcher;

/**
 * A value derived from one index generation (a suggester, the 街镇 names), built on first use after a swap and
 * then shared: a generation never changes, so neither does the value. Two threads racing after a swap may both
 * build it; either result is right.
 */
final class GenerationCache<T> {
    interface Builder<T> {
        T build(IndexSearcher searcher, IndexHandle handle) throws IOException;
    }

    private record Entry<T>(IndexHandle handle, T value) {
    }

    private final Builder<T> builder;
    private final AtomicReference<Entry<T>> current = new AtomicReference<>();

    GenerationCache(Builder<T> builder) {
        this.builder = builder;
    }

    T get(IndexSearcher searcher, IndexHandle handle) throws IOException {
        Entry<T> e = current.get();
        if (e != null && e.handle() == handle) {
            return e.value();
        }
        T value = builder.build(searcher, handle);
        current.set(new Entry<>(handle, value));
        return value;
    }
}
