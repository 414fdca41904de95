package sunshine.index.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.build.DocumentConverter;
import sunshine.index.build.Fields;
import sunshine.index.build.TypePrior;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.PlainDocument;

/** The mix of BM25 and meaning, with vectors set by hand so the cosines are known. */
class SemanticRerankTest {
    private static final float[] QUESTION = {1, 0, 0, 0};

    /**
     * Doc 0, another province's regulation, means the question exactly (cosine 1); doc 1, one that applies here,
     * nearly (0.9); both match its words equally. Applying here must outweigh the small gap in meaning.
     */
    @Test
    void meaningIsWeighedByThePriorToo(@TempDir Path dir) throws Exception {
        Jurisdiction shanghai = new Jurisdiction(List.of("上海市"));
        DocumentConverter converter = new DocumentConverter(shanghai);
        try (FSDirectory d = FSDirectory.open(dir)) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.indexAnalyzer()).setCodec(Fields.codec()))) {
                w.addDocument(converter.convert(law("sd", "山东省"), new float[] {1, 0, 0, 0}));
                w.addDocument(converter.convert(law("sh", "上海市"), unit(0.9f, (float) Math.sqrt(1 - 0.81), 0, 0)));
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<ScoreDoc> lexical = List.of(new ScoreDoc(0, 2f), new ScoreDoc(1, 2f));
                SemanticRerank.Reranked r = SemanticRerank.rerank(searcher, lexical, null, new MatchAllDocsQuery(), null, 0L, QUESTION,
                        SemanticRerank.Settings.RERANK);
                assertEquals(List.of(1, 0), r.pinned().stream().map(s -> s.doc).toList());
                // 0.1 × 1 + 0.9 × 0.9 × 1 for the one that applies; 0.1 × 1 + 0.9 × 1 × ELSEWHERE for the other.
                assertEquals(10 + 0.1 + 0.9 * 0.9, r.pinned().get(0).score, 1e-4);
                assertEquals(10 + 0.1 + 0.9 * TypePrior.ELSEWHERE, r.pinned().get(1).score, 1e-4);
                SemanticRerank.Reranked alike = SemanticRerank.rerank(searcher, lexical, null, new MatchAllDocsQuery(), null,
                        shanghai.namedElsewhere("我在山东"), QUESTION, SemanticRerank.Settings.RERANK);
                assertEquals(List.of(0, 1), alike.pinned().stream().map(s -> s.doc).toList(), "a question that names 山东");
                SemanticRerank.Reranked henan = SemanticRerank.rerank(searcher, lexical, null, new MatchAllDocsQuery(), null,
                        shanghai.namedElsewhere("我在河南"), QUESTION, SemanticRerank.Settings.RERANK);
                assertEquals(List.of(1, 0), henan.pinned().stream().map(s -> s.doc).toList(), "naming 河南 lifts no rule of 山东");
            }
        }
    }

    /**
     * Docs 1 and 2 are equally near the question and not among the lexical candidates (HNSW brings them); doc 2
     * matches the scoring query, so its words count and it leads doc 1, which comes first in document order.
     */
    @Test
    void aNeighbourBeyondTheLexicalCandidatesIsScoredByItsWords(@TempDir Path dir) throws Exception {
        DocumentConverter converter = new DocumentConverter();
        float[] half = unit(0.5f, (float) Math.sqrt(0.75), 0, 0);
        try (FSDirectory d = FSDirectory.open(dir)) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.indexAnalyzer()).setCodec(Fields.codec()))) {
                w.addDocument(converter.convert(law("a", null), new float[] {1, 0, 0, 0}));
                w.addDocument(converter.convert(law("b", null), half.clone()));
                w.addDocument(converter.convert(law("c", null), half.clone()));
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<ScoreDoc> lexical = List.of(new ScoreDoc(0, 2f));
                TermQuery scoring = new TermQuery(new Term(Fields.ID, "c"));
                SemanticRerank.Reranked r = SemanticRerank.rerank(searcher, lexical, null, scoring, scoring, 0L,
                        QUESTION, new SemanticRerank.Settings(100, 3, 0.1f));
                assertEquals(List.of(0, 2, 1), r.pinned().stream().map(s -> s.doc).toList());
                assertEquals(List.of(1, 2), java.util.Arrays.stream(searcher.search(r.matches(), 10).scoreDocs).map(s -> s.doc)
                        .sorted().toList(), "totals count the neighbour that shares no word, and the one that does once");
                float words = Math.min(1f, searcher.search(scoring, 1).scoreDocs[0].score / 2f);
                assertEquals(10 + 0.1 * words + 0.9 * 0.5, r.pinned().get(1).score, 1e-4);
                assertEquals(10 + 0.9 * 0.5, r.pinned().get(2).score, 1e-4, "no word in common");
            }
        }
    }

    private static PlainDocument law(String id, String region) {
        return new PlainDocument(id, "某某条例 第一条", "残疾人就业。", null, "text/markdown", "laws.jsonl.gz", region);
    }

    private static float[] unit(float... v) {
        float norm = (float) Math.sqrt(org.apache.lucene.util.VectorUtil.dotProduct(v, v));
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return v;
    }
}
