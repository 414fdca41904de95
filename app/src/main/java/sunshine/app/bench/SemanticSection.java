package sunshine.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import sunshine.index.PortalIndex;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.Vocabulary;
import sunshine.index.perf.Latencies;
import sunshine.index.perf.QueryMix;
import sunshine.index.perf.SearchLoad;
import sunshine.index.search.LiveIndex;
import sunshine.index.search.SearchService;
import sunshine.index.search.SemanticSearch;
import sunshine.index.semantic.DocumentVectors;
import sunshine.index.semantic.EmbeddedText;
import sunshine.index.semantic.Embedder;
import sunshine.index.semantic.SemanticModel;
import sunshine.index.semantic.SemanticRerank;
import sunshine.index.semantic.VectorCache;

/**
 * Questions as the portal serves them with the model on: the whole corpus indexed with its document vectors (taken
 * from the vector cache the eval section fills; embedding 147k articles here would take the bench an hour), and the
 * question mix searched with semantic re-ranking and the HNSW union, on one thread and on two. Leaves the index in
 * {@code <out>/semantic-index} for the HTTP section.
 */
final class SemanticSection {
    /** Share of documents that may be missing from the cache (they are embedded here). */
    private static final double MAX_MISSING = 0.01;

    private SemanticSection() {
    }

    /** Builds the index with vectors from the cache; says how it went, or why it was not measured. */
    private static String build(List<ContentDocument> all, Jurisdiction area, Embedder embedder, Path vectorCache, Path indexRoot,
                                String fingerprint)
            throws IOException {
        try (VectorCache cache = new VectorCache(vectorCache, embedder.modelId(), embedder.dimensions())) {
            long missing = 0;
            for (ContentDocument d : all) {
                if (cache.get(EmbeddedText.of(d)).isEmpty()) {
                    missing++;
                }
            }
            if (missing > all.size() * MAX_MISSING) {
                return String.format("Not measured: %,d of %,d documents have no vector in %s. `scripts/bench eval "
                        + "--vector-cache %s` fills it (about 20 minutes on 2 idle cores, once).%n", missing, all.size(),
                        vectorCache, vectorCache);
            }
            IndexingSection.progress("building the index with document vectors (%,d to embed)", missing);
            BenchFiles.deleteTree(indexRoot);
            long t0 = System.nanoTime();
            new IndexBuilder(new IndexStore(indexRoot), 2, new DocumentVectors(embedder, cache), area)
                    .build(all, fingerprint, (done, total) -> { });
            return String.format("Index with document vectors (int8 HNSW): built in %.0f s from the cache, %.1f MB on disk. ",
                    (System.nanoTime() - t0) / 1e9, BenchFiles.size(indexRoot) / 1048576.0);
        }
    }

    /** {@code rebuild}: build the index even when an earlier run left one (the indexing section runs too). */
    static String run(List<ContentDocument> all, Vocabulary vocabulary, Jurisdiction area, QueryMix mix, Path vectorCache, Path out,
                      String fingerprint, long warmupMillis, long measureMillis, boolean rebuild) throws IOException {
        StringBuilder md = new StringBuilder("\n## Questions with semantic re-ranking\n\n");
        SemanticModel model = SemanticModel.fromEnvironment();
        Optional<Embedder> embedder = model.enabled() ? model.await() : Optional.empty();
        if (embedder.isEmpty()) {
            return md.append("Not measured: the model is off (`PORTAL_SEMANTIC=off`) or did not load.\n").toString();
        }
        Path indexRoot = out.resolve("semantic-index");
        if (!rebuild && java.nio.file.Files.exists(indexRoot)) {
            md.append("The index with document vectors of an earlier run in ").append(indexRoot).append(" was reused. ");
        } else {
            String built = build(all, area, embedder.get(), vectorCache, indexRoot, fingerprint);
            md.append(built);
            if (built.startsWith("Not measured")) {
                return md.toString();
            }
        }
        md.append("The question mix as in \"Search in process\", each search embedding its question on another thread "
                + "while the lexical query runs, then re-ranking the lexical top 100 and the 100 nearest documents "
                + "(waiting at most " + PortalIndex.QUESTION_WAIT_MILLIS + " ms for the vector, as served).\n\n");
        Table t = new Table(">documents", "queries", ">threads", ">queries/s", ">p50 ms", ">p99 ms", ">max ms", ">errors", "limit");
        try (LiveIndex live = new LiveIndex(new IndexStore(indexRoot))) {
            SearchService search = new SearchService(live, vocabulary);
            search.setSemantic(new SemanticSearch(model, SemanticRerank.Settings.SERVED, PortalIndex.QUESTION_WAIT_MILLIS));
            SearchLoad load = new SearchLoad(search, mix.questions());
            for (int threads : List.of(1, 2)) {
                IndexingSection.progress("searching questions with re-ranking on %d thread(s)", threads);
                Latencies l = load.run(threads, warmupMillis, measureMillis);
                String limit = "errors = 0: " + Table.verdict(l.errors() == 0)
                        + (threads == 1 ? "; p99 < 20 ms: " + Table.verdict(l.p99Millis() < 20) : "");
                t.row(Table.num(live.docCount(), 0), "question", threads, Table.num(l.perSecond(), 0), Table.num(l.p50Millis(), 2),
                        Table.num(l.p99Millis(), 2), Table.num(l.maxMillis(), 1), l.errors(), limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return md.append(t.render()).toString();
    }
}
