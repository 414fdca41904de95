package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Term queries that carry their looked-up states match and score exactly as the plain ones. */
class SharedTermStatesTest {
    @Test
    void sameHitsScoresAndShapeWithSharedLookups() throws Exception {
        Random random = new Random(3);
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 3_000; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int k = 0, n = 2 + random.nextInt(20); k < n; k++) {
                        text.append("w").append(random.nextInt(60)).append(' ');
                    }
                    Document d = new Document();
                    d.add(new TextField("body", text.toString(), Field.Store.NO));
                    d.add(new TextField("title", "w" + random.nextInt(60), Field.Store.NO));
                    w.addDocument(d);
                    if (i == 1_500) {
                        w.commit(); // two segments
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Query> units = new ArrayList<>();
                for (String word : new String[] {"w1", "w2", "w30", "w59", "w99"}) { // w99 occurs nowhere
                    units.add(new DisjunctionMaxQuery(List.of(
                            new BoostQuery(new TermQuery(new Term("title", word)), 4f),
                            new TermQuery(new Term("body", word)),
                            new PhraseQuery("body", word, "w3")), 0.2f));
                }
                BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
                units.forEach(u -> b.add(u, Occur.SHOULD));
                Query plain = new BooleanQuery.Builder().add(b.build(), Occur.MUST)
                        .add(new TermQuery(new Term("body", "w1")), Occur.SHOULD).build();
                SharedTermStates shared = new SharedTermStates(searcher);
                Query withStates = shared.apply(plain);
                assertEquals(plain, withStates, "the same query");
                assertSame(withStates, shared.apply(plain), "carried over once: shared clauses stay shared");
                TopDocs want = searcher.search(plain, 50);
                TopDocs got = searcher.search(withStates, 50);
                assertEquals(want.totalHits, got.totalHits);
                for (int i = 0; i < want.scoreDocs.length; i++) {
                    ScoreDoc a = want.scoreDocs[i];
                    ScoreDoc c = got.scoreDocs[i];
                    assertEquals(a.doc, c.doc);
                    assertEquals(a.score, c.score, 0f);
                }
                assertEquals(searcher.count(plain), searcher.count(withStates));
                Query phrase = new PhraseQuery("body", "w1", "w2");
                assertSame(phrase, shared.apply(phrase), "phrases are left as they are");
            }
        }
    }
}
