package sunshine.index.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Jurisdiction;
import sunshine.index.semantic.DocumentVectors;
import sunshine.index.semantic.Embedder;
import sunshine.index.semantic.SemanticModel;
import sunshine.index.semantic.VectorCache;

/**
 * One portal index per document collection, shared by the portal's configurations (lexical, re-ranked, re-ranked
 * with HNSW), which differ only in how they search: built once, by whichever asks first, and with document
 * vectors when a vector cache folder is given (texts already in the cache are not embedded again).
 */
final class SharedPortalIndex {
    /** One model for the whole evaluation; it is thread-safe. */
    static final SemanticModel MODEL = SemanticModel.fromEnvironment();
    private static final Map<Object, CompletableFuture<IndexStore>> BUILT = new HashMap<>();

    private SharedPortalIndex() {
    }

    /** The store of {@code docs}'s index for {@code area} under {@code tempRoot}, building it if no configuration has yet. */
    static IndexStore of(List<? extends ContentDocument> docs, Jurisdiction area, Path tempRoot, Path vectorCache) throws IOException {
        Object key = List.of(System.identityHashCode(docs), docs.size(), area, tempRoot);
        CompletableFuture<IndexStore> mine = new CompletableFuture<>();
        CompletableFuture<IndexStore> existing;
        synchronized (BUILT) {
            existing = BUILT.putIfAbsent(key, mine);
        }
        if (existing != null) {
            return existing.join();
        }
        try {
            IndexStore store = new IndexStore(tempRoot.resolve("portal-" + System.identityHashCode(docs) + "-" + area.hashCode()));
            build(docs, area, store, vectorCache);
            mine.complete(store);
            return store;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Built from one thread so doc ids, and so the order of tied scores, are the same every run. */
    private static void build(List<? extends ContentDocument> docs, Jurisdiction area, IndexStore store, Path vectorCache)
            throws IOException {
        Embedder model = vectorCache == null ? null : MODEL.await().orElse(null);
        if (model == null) {
            new IndexBuilder(store, 1, null, area).build(docs, "eval", (done, total) -> { });
            return;
        }
        try (VectorCache cache = new VectorCache(vectorCache, model.modelId(), model.dimensions())) {
            DocumentVectors vectors = new DocumentVectors(model, cache);
            // Missing vectors are embedded on every core first (the index itself is still written by one thread).
            vectors.fill(docs, Runtime.getRuntime().availableProcessors(), System.err::println);
            new IndexBuilder(store, 1, vectors, area).build(docs, "eval", (done, total) -> { });
        }
    }
}
