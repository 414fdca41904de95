package sunshine.index.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import sunshine.index.analysis.PortalAnalyzer;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.Vocabulary;
import sunshine.index.semantic.SemanticRerank;

/**
 * One search configuration under evaluation: a short key (used in pinned figures), the label shown in reports,
 * and how to build its ranker over a document collection in a folder of its own.
 */
public record Configuration(String key, String label, Builder builder) {

    public interface Builder {
        Ranker build(List<? extends ContentDocument> docs, Path dir) throws IOException;
    }

    public static final String PORTAL = "portal";
    public static final String RERANK = "portal-rerank";
    public static final String RERANK_KNN = "portal-rerank-knn";
    public static final String RERANK_KNN_ANYWHERE = "portal-rerank-knn-anywhere";

    /** The plain Lucene analyzers the portal must beat. */
    public static final Set<String> BASELINES = Set.of("standard", "cjk", "smartcn");

    /**
     * The portal as served, the portal's analyzer under the baselines' plain query (so a table separates what
     * analysis buys from what query building buys), and the three stock analyzers.
     */
    public static List<Configuration> all(Vocabulary vocabulary) {
        return all(vocabulary, Jurisdiction.EVERYWHERE, null);
    }

    /**
     * As {@link #all(Vocabulary)}, the portal's configurations indexing with the content's {@code area} (documents
     * that apply elsewhere ranked after the rest, as served); with a {@code vectorCache} folder (document vectors,
     * see sunshine.index.semantic) also the portal with semantic re-ranking, with re-ranking plus HNSW nearest
     * neighbours, and that again with every region alike (what the area buys). Those come last: they share the
     * portal's index and wait for it, while the baselines build theirs.
     */
    public static List<Configuration> all(Vocabulary vocabulary, Jurisdiction area, Path vectorCache) {
        List<Configuration> out = new ArrayList<>(List.of(
                new Configuration(PORTAL, "Portal: SearchService + QueryFactory (lexical)",
                        (docs, dir) -> PortalRanker.build(docs, vocabulary, area, dir, vectorCache, null)),
                new Configuration("portal-or", "PortalAnalyzer, plain BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new PortalAnalyzer(), dir)),
                new Configuration("standard", "StandardAnalyzer, BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new StandardAnalyzer(), dir)),
                new Configuration("cjk", "CJKAnalyzer (bigrams), BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new CJKAnalyzer(), dir)),
                new Configuration("smartcn", "SmartChineseAnalyzer, BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new SmartChineseAnalyzer(), dir))));
        if (vectorCache != null && SharedPortalIndex.MODEL.enabled()) {
            out.add(new Configuration(RERANK, "Portal + semantic re-ranking of the top 100 (questions)",
                    (docs, dir) -> PortalRanker.build(docs, vocabulary, area, dir, vectorCache, SemanticRerank.Settings.RERANK)));
            out.add(new Configuration(RERANK_KNN, "Portal + re-ranking + HNSW top 100 (questions)",
                    (docs, dir) -> PortalRanker.build(docs, vocabulary, area, dir, vectorCache, SemanticRerank.Settings.RERANK_AND_KNN)));
            out.add(new Configuration(RERANK_KNN_ANYWHERE, "The same, every region's documents alike (no area.yml)",
                    (docs, dir) -> PortalRanker.build(docs, vocabulary, Jurisdiction.EVERYWHERE, dir, vectorCache,
                            SemanticRerank.Settings.RERANK_AND_KNN)));
        }
        return List.copyOf(out);
    }
}
