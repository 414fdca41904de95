package sunshine.index.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * A value derived from one index generation (a suggester, the 街镇 names), built once per generation and then
 * shared ({@link BuiltOnce}): a generation never changes, so neither does the value.
 */
final class GenerationCache<T> {
    interface Builder<T> {
        T build(IndexSearcher searcher, IndexHandle handle) throws IOException;
    }

    private final Builder<T> builder;
    private final BuiltOnce<T> value = new BuiltOnce<>();

    GenerationCache(Builder<T> builder) {
        this.builder = builder;
    }

    T get(IndexSearcher searcher, IndexHandle handle) throws IOException {
        return value.get(handle, null, () -> builder.build(searcher, handle));
    }
}
