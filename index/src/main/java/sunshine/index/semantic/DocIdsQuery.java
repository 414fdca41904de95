package sunshine.index.semantic;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches the given documents of one reader by their doc ids, for a query that lives only as long as the search that
 * found them (the nearest neighbours a question adds to its matches). Looking their ids up in stored fields to build a
 * term query cost milliseconds per question; this costs nothing. Never cache it or use it with another reader.
 */
final class DocIdsQuery extends Query {
    private final int[] docs;

    DocIdsQuery(Collection<Integer> docs) {
        this.docs = docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int from = lowerBound(context.docBase);
                int to = lowerBound(context.docBase + context.reader().maxDoc());
                if (from == to) {
                    return null;
                }
                DocIdSetIterator it = new DocIdSetIterator() {
                    private int i = from - 1;
                    private int doc = -1;

                    @Override
                    public int docID() {
                        return doc;
                    }

                    @Override
                    public int nextDoc() {
                        return doc = ++i < to ? docs[i] - context.docBase : NO_MORE_DOCS;
                    }

                    @Override
                    public int advance(int target) {
                        int j = Arrays.binarySearch(docs, Math.max(i + 1, from), to, target + context.docBase);
                        i = (j >= 0 ? j : -j - 1) - 1;
                        return nextDoc();
                    }

                    @Override
                    public long cost() {
                        return to - from;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // doc ids of one reader, for one search
            }
        };
    }

    private int lowerBound(int doc) {
        int j = Arrays.binarySearch(docs, doc);
        return j >= 0 ? j : -j - 1;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "docs(" + docs.length + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && Arrays.equals(docs, ((DocIdsQuery) o).docs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(docs);
    }
}
