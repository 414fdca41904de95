package sunshine.index.semantic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import sunshine.index.build.Fields;

/**
 * Re-ranks a question's lexical hits by meaning: the best {@code candidates} lexical hits, plus (when {@code knn} >
 * 0) the documents nearest the question in the HNSW graph, are scored by {@code lexicalWeight} × BM25 (divided by
 * the best BM25 score) + the rest × cosine similarity. The result is a query: those documents first in that order,
 * then every other lexical match in lexical order, so totals, facets and paging work as for any query.
 */
public final class SemanticRerank {
    /**
     * Chosen on the LeCoQA train questions as a whole (README, "Search quality"). Normalised BM25 spreads over [0, 1]
     * while cosines of this model crowd into about [0.3, 0.8], so a small lexical weight is still a real mix:
     * Recall@10 of re-ranking was 0.485 at 0, 0.502 at 0.1 and 0.2, 0.470 at 0.5 and 0.433 at 1 (lexical alone);
     * MRR@10 peaked at 0.1. BGE's query instruction (为这个句子生成表示…) lowered both.
     */
    public record Settings(int candidates, int knn, float lexicalWeight) {
        public static final Settings RERANK = new Settings(100, 0, 0.1f);
        public static final Settings RERANK_AND_KNN = new Settings(100, 100, 0.1f);
        /** What the portal serves: on LeCoQA train the union finds more than re-ranking alone (README). */
        public static final Settings SERVED = RERANK_AND_KNN;
    }

    private SemanticRerank() {
    }

    /**
     * @param candidatesQuery what the lexical candidates are drawn from (the query with the person's filters)
     * @param base            the lexical query to re-rank (without filters; the caller filters the result)
     */
    public static Query rerank(IndexSearcher searcher, Query candidatesQuery, Query base, float[] question, Settings s)
            throws IOException {
        TopDocs top = searcher.search(candidatesQuery, s.candidates());
        if (top.scoreDocs.length == 0 && s.knn() == 0) {
            return base;
        }
        float maxLexical = top.scoreDocs.length == 0 ? 1f : Math.max(1e-6f, top.scoreDocs[0].score);
        Map<Integer, Float> lexical = new HashMap<>();
        for (ScoreDoc d : top.scoreDocs) {
            lexical.put(d.doc, d.score / maxLexical);
        }
        Set<Integer> pool = new TreeSet<>(lexical.keySet());
        if (s.knn() > 0) {
            for (ScoreDoc d : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, question, s.knn()), s.knn()).scoreDocs) {
                pool.add(d.doc);
            }
        }
        Map<Integer, Float> cosines = cosines(searcher.getIndexReader(), pool, question);
        Map<Integer, Double> mixed = new HashMap<>();
        for (int doc : pool) {
            Float cos = cosines.get(doc);
            if (cos != null) {
                mixed.put(doc, s.lexicalWeight() * lexical.getOrDefault(doc, 0f) + (1 - s.lexicalWeight()) * (double) cos);
            }
        }
        Query all = new BooleanQuery.Builder().add(base, Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(idsQuery(searcher, mixed.keySet())), 0f), Occur.SHOULD).build();
        return new FunctionScoreQuery(all, new PinnedScores(mixed, maxLexical));
    }

    /** The cosine of each document's stored vector with the question (both are unit length). */
    static Map<Integer, Float> cosines(IndexReader reader, Set<Integer> sortedDocs, float[] question) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        FloatVectorValues values = null;
        KnnVectorValues.DocIndexIterator it = null;
        for (int doc : sortedDocs) {
            LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (ctx != leaf) {
                leaf = ctx;
                values = ctx.reader().getFloatVectorValues(Fields.VECTOR);
                it = values == null ? null : values.iterator();
            }
            int local = doc - ctx.docBase;
            if (it != null && it.docID() <= local && (it.docID() == local || it.advance(local) == local)) {
                out.put(doc, VectorUtil.dotProduct(question, values.vectorValue(it.index())));
            }
        }
        return out;
    }

    private static Query idsQuery(IndexSearcher searcher, Set<Integer> docs) throws IOException {
        List<BytesRef> ids = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int doc : docs) {
            ids.add(new BytesRef(stored.document(doc, Set.of(Fields.ID)).get(Fields.ID)));
        }
        return new TermInSetQuery(Fields.ID, ids);
    }
}
