package sunshine.index.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import sunshine.index.analysis.PortalAnalyzer;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Vocabulary;

/**
 * One search configuration under evaluation: a short key (used in pinned figures), the label shown in reports,
 * and how to build its ranker over a document collection in a folder of its own.
 */
public record Configuration(String key, String label, Builder builder) {

    public interface Builder {
        Ranker build(List<? extends ContentDocument> docs, Path dir) throws IOException;
    }

    public static final String PORTAL = "portal";

    /** The plain Lucene analyzers the portal must beat. */
    public static final Set<String> BASELINES = Set.of("standard", "cjk", "smartcn");

    /**
     * The portal as served, the portal's analyzer under the baselines' plain query (so a table separates what
     * analysis buys from what query building buys), and the three stock analyzers.
     */
    public static List<Configuration> all(Vocabulary vocabulary) {
        return List.of(
                new Configuration(PORTAL, "Portal: SearchService + QueryFactory",
                        (docs, dir) -> PortalRanker.build(docs, vocabulary, dir)),
                new Configuration("portal-or", "PortalAnalyzer, plain BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new PortalAnalyzer(), dir)),
                new Configuration("standard", "StandardAnalyzer, BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new StandardAnalyzer(), dir)),
                new Configuration("cjk", "CJKAnalyzer (bigrams), BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new CJKAnalyzer(), dir)),
                new Configuration("smartcn", "SmartChineseAnalyzer, BM25 OR",
                        (docs, dir) -> PlainBm25Ranker.build(docs, new SmartChineseAnalyzer(), dir)));
    }
}
