package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import sunshine.index.build.Fields;

/** The prior keeps the scores of an exhaustive multiplication while letting the collector skip what cannot compete. */
class TypePriorQueryTest {
    private static final float[] PRIORS = {1.25f, 1.1f, 1f, 0.85f};

    @Test
    void topHitsAndScoresEqualTheExhaustiveBoost() throws Exception {
        Random random = new Random(42);
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 20_000; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int k = 0, n = 3 + random.nextInt(30); k < n; k++) {
                        text.append("w").append((int) Math.abs(random.nextGaussian() * 40)).append(' ');
                    }
                    Document d = new Document();
                    d.add(new TextField(Fields.BODY, text.toString(), Field.Store.NO));
                    if (i % 97 != 0) { // some documents have no prior: they count as 1
                        d.add(new FloatDocValuesField(Fields.PRIOR, PRIORS[random.nextInt(PRIORS.length)]));
                    }
                    w.addDocument(d);
                    if (i % 5_000 == 4_999) {
                        w.commit(); // several segments
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String[] words : new String[][] {{"w0"}, {"w1", "w2"}, {"w0", "w3", "w77"}, {"w5", "w50", "w90", "w120"}}) {
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    for (String word : words) {
                        b.add(new TermQuery(new Term(Fields.BODY, word)), Occur.SHOULD);
                    }
                    Query q = b.build();
                    Query exhaustive = FunctionScoreQuery.boostByValue(q, DoubleValuesSource.fromFloatField(Fields.PRIOR));
                    Query pruned = new TypePriorQuery(q, 1.25f);
                    for (int n : new int[] {1, 10, 200}) {
                        TopDocs want = searcher.search(exhaustive, n);
                        TopDocs got = searcher.search(pruned, new TopScoreDocCollectorManager(n, 0));
                        assertArrayEquals(docs(want), docs(got), String.join(" ", words) + " top " + n);
                        for (int i = 0; i < want.scoreDocs.length; i++) {
                            assertEquals(want.scoreDocs[i].score, got.scoreDocs[i].score, 1e-5f);
                        }
                    }
                    // Inside a conjunction the prior goes through its Scorer rather than the bulk scorer above.
                    Query filter = new TermQuery(new Term(Fields.BODY, "w4"));
                    TopDocs wantFiltered = searcher.search(new BooleanQuery.Builder().add(exhaustive, Occur.MUST)
                            .add(filter, Occur.FILTER).build(), 10);
                    TopDocs gotFiltered = searcher.search(new BooleanQuery.Builder().add(pruned, Occur.MUST)
                            .add(filter, Occur.FILTER).build(), new TopScoreDocCollectorManager(10, 0));
                    assertArrayEquals(docs(wantFiltered), docs(gotFiltered), String.join(" ", words) + " within w4");
                    for (int i = 0; i < wantFiltered.scoreDocs.length; i++) {
                        assertEquals(wantFiltered.scoreDocs[i].score, gotFiltered.scoreDocs[i].score, 1e-5f);
                    }
                    assertEquals(searcher.count(q), searcher.count(pruned), "the prior never changes what matches");
                    ScoreDoc best = searcher.search(pruned, 1).scoreDocs[0];
                    Explanation e = searcher.explain(pruned, best.doc);
                    assertTrue(e.isMatch());
                    assertEquals(best.score, e.getValue().floatValue(), 1e-5f);
                }
            }
        }
    }

    private static int[] docs(TopDocs top) {
        int[] out = new int[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = top.scoreDocs[i].doc;
        }
        return out;
    }
}
