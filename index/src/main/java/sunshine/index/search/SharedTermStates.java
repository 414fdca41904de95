package sunshine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The term lookups of one search, done once. A search builds weights for the same terms several times (counting,
 * candidates, ranking, boosts, highlighting), and each {@link TermQuery} weight looked its term up in the terms
 * dictionary again: on a long query (a law's title, a question: a hundred terms and more) that was a good part of
 * what a search allocated. Term queries here carry the looked-up {@link TermStates} of this searcher, which Lucene
 * uses instead of looking again; phrase queries have no such hook and keep looking up their own terms.
 */
final class SharedTermStates {
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();
    /** Queries already carried over, by identity: a clause shared by several of a search's queries stays shared. */
    private final Map<Query, Query> done = new IdentityHashMap<>();

    SharedTermStates(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The same query, its term queries (inside boolean, boost and disjunction-max queries) carrying their term states. */
    Query apply(Query q) throws IOException {
        if (q == null) {
            return null;
        }
        Query out = done.get(q);
        if (out == null) {
            out = carry(q);
            done.put(q, out);
        }
        return out;
    }

    private Query carry(Query q) throws IOException {
        if (q instanceof TermQuery t) {
            TermStates s = states.get(t.getTerm());
            if (s == null) {
                s = TermStates.build(searcher, t.getTerm(), true);
                states.put(t.getTerm(), s);
            }
            return new TermQuery(t.getTerm(), s);
        }
        if (q instanceof BoostQuery b) {
            return new BoostQuery(apply(b.getQuery()), b.getBoost());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Query> parts = new ArrayList<>();
            for (Query part : d.getDisjuncts()) {
                parts.add(apply(part));
            }
            return new DisjunctionMaxQuery(parts, d.getTieBreakerMultiplier());
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(apply(c.query()), c.occur());
            }
            return out.build();
        }
        return q; // phrases and anything else: unchanged
    }
}
