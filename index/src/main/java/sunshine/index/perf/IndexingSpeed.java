package sunshine.index.perf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Jurisdiction;

/**
 * Indexes documents with the portal's {@link IndexBuilder} on a number of threads and reports the speed of adding
 * documents (analysis, inverted lists, stored JSON) apart from the final merge to one segment, which is single
 * threaded and grows with the index rather than with the threads.
 */
public final class IndexingSpeed {
    /** {@code addNanos}: adding documents; {@code mergeNanos}: forceMerge(1) and commit. */
    public record Result(int threads, int documents, long characters, long addNanos, long mergeNanos, Path generation) {
        public double documentsPerSecond() {
            return addNanos == 0 ? 0 : documents * 1e9 / addNanos;
        }

        public double charactersPerSecond() {
            return addNanos == 0 ? 0 : characters * 1e9 / addNanos;
        }
    }

    private IndexingSpeed() {
    }

    /** Builds and publishes a generation under {@code indexRoot}, stamped with {@code fingerprint}. */
    public static Result measure(List<? extends ContentDocument> docs, int threads, Path indexRoot, String fingerprint,
                                 Jurisdiction area) throws IOException {
        IndexBuilder.Built built = new IndexBuilder(new IndexStore(indexRoot), threads, null, area).build(docs, fingerprint, (d, t) -> { });
        long total = built.millis() * 1_000_000;
        long merge = built.mergeMillis() * 1_000_000;
        return new Result(threads, docs.size(), Texts.characters(docs), total - merge, merge, built.generation());
    }
}
