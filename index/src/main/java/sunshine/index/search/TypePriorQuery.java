package sunshine.index.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import sunshine.index.build.Fields;
import sunshine.index.build.SegmentPriors;

/**
 * A query's score times the document's type prior ({@link Fields#PRIOR}: policies a little above FAQs, FAQs above
 * news). Unlike {@code FunctionScoreQuery.boostByValue}, it keeps the wrapped query's score bounds (scaled by the
 * largest prior), so the top hits are found with block-max pruning instead of by scoring every match: on the laws
 * corpus most of a keyword search's time went to scoring matches that could never reach the first page.
 */
final class TypePriorQuery extends Query {
    private final Query in;
    private final float maxPrior;
    private final long lifted;

    /** @param maxPrior the largest prior any document has (a bound; a larger one only prunes less) */
    TypePriorQuery(Query in, float maxPrior) {
        this(in, maxPrior, 0L);
    }

    /**
     * @param lifted regions (bit {@code 1L << code}, see {@link Fields#REGION_CODE}) whose documents rank by their
     *               type's prior alone ({@link Fields#TYPE_PRIOR}): the places the person named; 0 for none
     */
    TypePriorQuery(Query in, float maxPrior, long lifted) {
        if (!(maxPrior > 0) || Float.isInfinite(maxPrior)) {
            throw new IllegalArgumentException("maxPrior must be positive and finite: " + maxPrior);
        }
        this.in = Objects.requireNonNull(in);
        this.maxPrior = maxPrior;
        this.lifted = lifted;
    }

    Query wrapped() {
        return in;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new TypePriorQuery(rewritten, maxPrior, lifted);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) {
                    return null;
                }
                SegmentPriors priors = SegmentPriors.of(context.reader(), lifted);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new PriorScorer(supplier.get(leadCost), priors, maxPrior);
                    }

                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        // The wrapped query's own bulk scorer (for a disjunction Lucene's MaxScore, several times
                        // faster than scoring through a Scorer), its scores scaled as they are collected.
                        return new PriorBulkScorer(supplier.bulkScorer(), priors, maxPrior);
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) {
                    return e;
                }
                float prior = SegmentPriors.of(context.reader(), lifted).prior(doc);
                return Explanation.match(e.getValue().floatValue() * prior, "score × type prior", e,
                        Explanation.match(prior, "type prior"));
            }

            @Override
            public int count(LeafReaderContext context) throws IOException {
                return in.count(context);
            }
        };
    }

    /** Scores scaled by the prior; bounds and the minimum competitive score scaled by the largest prior. */
    private static final class PriorScorer extends FilterScorer {
        private final SegmentPriors priors;
        private final float maxPrior;

        PriorScorer(Scorer in, SegmentPriors priors, float maxPrior) {
            super(in);
            this.priors = priors;
            this.maxPrior = maxPrior;
        }

        @Override
        public float score() throws IOException {
            // Never above the bound below, even for a prior misconfigured above maxPrior.
            return in.score() * Math.min(maxPrior, priors.prior(docID()));
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * maxPrior;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // score = inner × prior ≤ inner × maxPrior, so an inner score below minScore / maxPrior cannot compete;
            // nextDown keeps float rounding from ever skipping a document that could.
            in.setMinCompetitiveScore(Math.nextDown(minScore / maxPrior));
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }

    /** The wrapped bulk scorer, with every collected score times the prior and competitive scores scaled back. */
    private static final class PriorBulkScorer extends BulkScorer {
        private final BulkScorer in;
        private final SegmentPriors priors;
        private final float maxPrior;

        PriorBulkScorer(BulkScorer in, SegmentPriors priors, float maxPrior) {
            this.in = in;
            this.priors = priors;
            this.maxPrior = maxPrior;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            return in.score(new PriorCollector(collector, priors, maxPrior), acceptDocs, min, max);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    /** Passes each document on with a scorable whose score is the wrapped one times that document's prior. */
    private static final class PriorCollector extends FilterLeafCollector {
        private final SegmentPriors priors;
        private final float maxPrior;
        private int doc = -1;
        private int priorDoc = -1;
        private float prior = 1f;

        PriorCollector(LeafCollector in, SegmentPriors priors, float maxPrior) {
            super(in);
            this.priors = priors;
            this.maxPrior = maxPrior;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            in.setScorer(new Scorable() {
                @Override
                public float score() throws IOException {
                    return scorer.score() * prior();
                }

                @Override
                public void setMinCompetitiveScore(float minScore) throws IOException {
                    scorer.setMinCompetitiveScore(Math.nextDown(minScore / maxPrior)); // as PriorScorer does
                }

                @Override
                public Collection<ChildScorable> getChildren() {
                    return List.of(new ChildScorable(scorer, "MUST"));
                }
            });
        }

        @Override
        public void collect(int doc) throws IOException {
            this.doc = doc;
            in.collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
            return in.competitiveIterator();
        }

        /** Looked up once per document, and only if its score is asked for (doc values only move forward). */
        private float prior() throws IOException {
            if (priorDoc != doc) {
                prior = Math.min(maxPrior, priors.prior(doc));
                priorDoc = doc;
            }
            return prior;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "prior(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && in.equals(((TypePriorQuery) o).in) && maxPrior == ((TypePriorQuery) o).maxPrior
                && lifted == ((TypePriorQuery) o).lifted;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * classHash() + in.hashCode()) + Float.hashCode(maxPrior)) + Long.hashCode(lifted);
    }
}
