package sunshine.index.semantic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.VectorUtil;
import sunshine.index.build.Fields;
import sunshine.index.build.SegmentPriors;

/**
 * Re-ranks a question's lexical hits by meaning: the best {@code candidates} lexical hits, plus (when {@code knn} >
 * 0) the documents nearest the question in the HNSW graph, are scored by {@code lexicalWeight} × BM25 (divided by
 * the best BM25 score) + the rest × cosine similarity × the document's region weight ({@link SegmentPriors#regionWeight}:
 * BM25 has the whole prior in it already, cosine would not), so a regulation of another province follows one that
 * applies here and means about the same. Those documents come first in that order, then every other lexical match
 * in lexical order; {@link Reranked#matches()} is what totals and facets count.
 */
public final class SemanticRerank {
    /**
     * Chosen on the LeCoQA train questions as a whole (README, "Search quality"). Normalised BM25 spreads over [0, 1]
     * while cosines of this model crowd into about [0.3, 0.8], so a small lexical weight is still a real mix:
     * Recall@10 of re-ranking was 0.485 at 0, 0.502 at 0.1 and 0.2, 0.470 at 0.5 and 0.433 at 1 (lexical alone);
     * MRR@10 peaked at 0.1. BGE's query instruction (为这个句子生成表示…) lowered both. Checked again once the
     * neighbours beyond the lexical candidates were scored by their words (served, Recall@10 / R@100): 0.5497 / 0.756
     * at 0.1, 0.5503 / 0.752 at 0.15 (judged MRR@10 0.947 against 0.952), 0.542 / 0.747 at 0.2; 150 neighbours or
     * 200 lexical candidates left Recall@10 at 0.5497.
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
     * Re-ranked documents (score {@link #PINNED} + the mix, so they stay above every lexical score shown after them)
     * and the query every result matches: the lexical query or one of the re-ranked documents.
     *
     * @param pinned    the re-ranked documents, best first
     * @param matches   the base query or any pooled document (for totals and facets; unfiltered)
     * @param maxLexical the best lexical score, which scales the lexical scores of the documents after the pinned ones
     */
    public record Reranked(List<ScoreDoc> pinned, Query matches, float maxLexical) {
        public boolean isPinned(int doc) {
            return pinned.stream().anyMatch(d -> d.doc == doc);
        }

        /** A lexical hit after the pinned ones, scaled far below them as the lexical order is kept. */
        public ScoreDoc after(ScoreDoc lexical) {
            return new ScoreDoc(lexical.doc, (float) (REST * Math.min(1, lexical.score / maxLexical)));
        }
    }

    /** Added to a re-ranked document's mixed score (mixed scores lie in [-1, 1]), so it ranks above every other match. */
    private static final double PINNED = 10;
    private static final double REST = 1e-3;

    /**
     * @param lexical the best lexical hits, best first (at least {@link Settings#candidates()} of them when there are)
     * @param filter  the person's filters alone, for the nearest-neighbour search (null: none)
     * @param base    the lexical query without filters or scoring extras, for the totals
     * @param scoring the query whose scores {@code lexical} carries (before any rescoring), to score the nearest
     *                neighbours that are not among the lexical candidates (null: they count as sharing no word); it
     *                must match what {@code base} matches within {@code filter} (a question's query is its own ranked
     *                form), so the neighbours it does not match are those the totals must add
     * @param lifted  the provinces the question names outside the area (bits, see {@code Jurisdiction#namedElsewhere}):
     *                their documents are not weighed down by their region
     */
    public static Reranked rerank(IndexSearcher searcher, List<ScoreDoc> lexical, Query filter, Query base, Query scoring,
                                  long lifted, float[] question, Settings s) throws IOException {
        List<ScoreDoc> top = lexical.subList(0, Math.min(lexical.size(), s.candidates()));
        float maxLexical = top.isEmpty() ? 1f : Math.max(1e-6f, top.get(0).score);
        Map<Integer, Float> lexicalScores = new HashMap<>();
        for (ScoreDoc d : top) {
            lexicalScores.put(d.doc, d.score / maxLexical);
        }
        Set<Integer> pool = new TreeSet<>(lexicalScores.keySet());
        if (s.knn() > 0) {
            for (ScoreDoc d : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, question, s.knn(), filter), s.knn()).scoreDocs) {
                pool.add(d.doc);
            }
        }
        Map<Integer, Float> cosines = cosines(searcher.getIndexReader(), pool, question);
        Map<Integer, Float> regionWeights = regionWeights(searcher.getIndexReader(), pool, lifted);
        List<Integer> neighbours = pool.stream().filter(d -> !lexicalScores.containsKey(d)).toList();
        // A neighbour beyond the lexical candidates often shares words with the question all the same (LeCoQA:
        // served Recall@10 0.542 → 0.5497 once they were scored rather than taken as 0).
        Map<Integer, Float> neighbourScores = scoring == null ? Map.of() : scores(searcher, scoring, neighbours);
        List<ScoreDoc> pinned = new ArrayList<>();
        for (int doc : pool) {
            Float cos = cosines.get(doc);
            if (cos != null) {
                double meaning = cos * (double) regionWeights.getOrDefault(doc, 1f);
                Float lexicalScore = lexicalScores.get(doc);
                double words = lexicalScore != null ? lexicalScore : Math.min(1, neighbourScores.getOrDefault(doc, 0f) / maxLexical);
                double mixed = s.lexicalWeight() * words + (1 - s.lexicalWeight()) * meaning;
                pinned.add(new ScoreDoc(doc, (float) (PINNED + mixed)));
            }
        }
        // Best first; equal scores in document order, as Lucene breaks ties.
        pinned.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        // The neighbours the scoring walk did not match are those base does not (within the filter, as HNSW searched).
        List<Integer> added = scoring == null ? notMatching(searcher, base, neighbours)
                : neighbours.stream().filter(d -> !neighbourScores.containsKey(d)).toList();
        Query matches = added.isEmpty() ? base : new BooleanQuery.Builder().add(base, Occur.SHOULD)
                .add(new DocIdsQuery(added), Occur.SHOULD).build();
        return new Reranked(List.copyOf(pinned), matches, maxLexical);
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

    /** {@code query}'s score of each of {@code sortedDocs} it matches. */
    static Map<Integer, Float> scores(IndexSearcher searcher, Query query, List<Integer> sortedDocs) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        if (sortedDocs.isEmpty()) {
            return out;
        }
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (int doc : sortedDocs) {
            LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (ctx != leaf) {
                leaf = ctx;
                scorer = w.scorer(ctx);
            }
            int local = doc - ctx.docBase;
            if (scorer != null && at(scorer, local)) {
                out.put(doc, scorer.score());
            }
        }
        return out;
    }

    /** Moves {@code scorer} to {@code doc} if it can (docs asked in increasing order); whether it matches there. */
    private static boolean at(Scorer scorer, int doc) throws IOException {
        TwoPhaseIterator tp = scorer.twoPhaseIterator();
        DocIdSetIterator it = tp == null ? scorer.iterator() : tp.approximation();
        int pos = it.docID() < doc ? it.advance(doc) : it.docID();
        return pos == doc && (tp == null || tp.matches());
    }

    /** The region weight ({@link SegmentPriors#regionWeight}) of each of {@code sortedDocs} where it is not 1. */
    static Map<Integer, Float> regionWeights(IndexReader reader, Set<Integer> sortedDocs, long lifted) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        SegmentPriors priors = null;
        for (int doc : sortedDocs) {
            LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (ctx != leaf) {
                leaf = ctx;
                priors = SegmentPriors.of(ctx.reader(), lifted);
            }
            float weight = priors.regionWeight(doc - ctx.docBase);
            if (weight != 1f) {
                out.put(doc, weight);
            }
        }
        return out;
    }

    /** Those of {@code docs} that {@code query} does not match: the neighbours a question's words did not find. */
    private static List<Integer> notMatching(IndexSearcher searcher, Query query, List<Integer> docs) throws IOException {
        List<Integer> sorted = docs.stream().sorted().toList();
        Map<Integer, Float> matched = scores(searcher, query, sorted);
        return sorted.stream().filter(d -> !matched.containsKey(d)).toList();
    }
}
