package sunshine.index.semantic;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Scores for {@link SemanticRerank}: a re-ranked document gets {@link #PINNED} + its mixed score (mixed scores lie
 * in [-1, 1]), so it ranks above every other match, which keeps its lexical score scaled far below.
 */
final class PinnedScores extends DoubleValuesSource {
    private static final double PINNED = 10;
    private static final double REST = 1e-3;

    private final Map<Integer, Double> mixed;
    private final double maxLexical;

    PinnedScores(Map<Integer, Double> mixed, double maxLexical) {
        this.mixed = Map.copyOf(mixed);
        this.maxLexical = maxLexical;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
        return new DoubleValues() {
            private int doc = -1;

            @Override
            public double doubleValue() throws IOException {
                Double m = mixed.get(ctx.docBase + doc);
                return m != null ? PINNED + m : REST * Math.min(1, scores.doubleValue() / maxLexical);
            }

            @Override
            public boolean advanceExact(int target) throws IOException {
                doc = target;
                return scores.advanceExact(target) || mixed.containsKey(ctx.docBase + target);
            }
        };
    }

    @Override
    public boolean needsScores() {
        return true;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public String toString() {
        return "pinned(" + mixed.size() + " re-ranked)";
    }
}
