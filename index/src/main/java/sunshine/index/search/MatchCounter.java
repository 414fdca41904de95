package sunshine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import sunshine.index.build.Fields;

/**
 * How many documents a search matches, in all and per facet value, without scoring, each exact up to {@link #CAP}
 * and "more than {@link #CAP}" beyond it (as Lucene counts totals). Counting every match of a common word in 147,000
 * law articles took longer than finding the best ten; a count beyond a thousand changes nothing a person does next.
 *
 * <p>Facets are counted sideways: with a type chosen, the type counts are those without that filter, so the other
 * types stay visible with their counts; every other filter still applies.
 */
final class MatchCounter {
    static final int CAP = 1_000;
    private static final int FACET_VALUES = 30;

    record Counted(long total, boolean exact, Map<String, List<SearchResult.FacetCount>> facets) {
    }

    private MatchCounter() {
    }

    static Counted count(IndexSearcher searcher, FacetPostings postings, Query matching, SearchRequest request) throws IOException {
        Map<String, String> filters = request.facetFilters();
        long[] counts = new long[postings.values.size()];
        List<String> unfiltered = FacetPostings.DIMS.stream().filter(d -> !filters.containsKey(d)).toList();
        long total = countWalk(searcher, postings, weight(searcher, filtered(matching, filters, null)), unfiltered, counts);
        for (String dim : filters.keySet()) {
            countWalk(searcher, postings, weight(searcher, filtered(matching, filters, dim)), List.of(dim), counts);
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        postings.byDim.forEach((dim, values) -> facets.put(dim, facetCounts(dim, values, counts)));
        FacetPostings.DIMS.forEach(d -> facets.putIfAbsent(d, List.of()));
        return new Counted(Math.min(total, CAP), total <= CAP, facets);
    }

    /**
     * Counts the matches of {@code w} (returned, up to CAP + 1) and, into {@code counts}, the values of {@code dims}
     * they hold, with one matcher per segment: first a walk of the matches until the total passes the cap, counting
     * every value on the way; then, if matches remain, a leap to each remaining document that holds a small value
     * (they are few), and a count on apart for any large value still under the cap. Creating the matcher is much of
     * the cost for a long query (dozens of clauses, each opening its postings), so it is created once, not per value.
     */
    private static long countWalk(IndexSearcher searcher, FacetPostings postings, Weight w, List<String> dims, long[] counts)
            throws IOException {
        List<FacetPostings.Value> large = postings.large.stream().filter(v -> dims.contains(v.dim())).toList();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long total = 0;
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            Scorer s = w.scorer(leaf);
            if (s == null) {
                continue;
            }
            Matches m = new Matches(s, leaf.reader().getLiveDocs());
            FacetPostings.Segment seg = postings.segments.get(l);
            int[] small = seg.docs();
            PostingsEnum[] held = new PostingsEnum[large.size()];
            for (int k = 0; k < held.length; k++) {
                held[k] = leaf.reader().postings(large.get(k).term(), PostingsEnum.NONE);
            }
            int next = 0; // the first document holding a small value not yet passed
            int d = m.it.nextDoc();
            while (d != DocIdSetIterator.NO_MORE_DOCS && total <= CAP) {
                if (m.matches(d)) {
                    total++;
                    while (next < small.length && small[next] < d) {
                        next++;
                    }
                    if (next < small.length && small[next] == d) {
                        countSmall(postings, seg, next++, dims, counts);
                    }
                    for (int k = 0; k < held.length; k++) {
                        PostingsEnum pe = held[k];
                        if (pe != null && counts[large.get(k).index()] <= CAP && (pe.docID() < d ? pe.advance(d) : pe.docID()) == d) {
                            counts[large.get(k).index()]++;
                        }
                    }
                }
                d = m.it.nextDoc();
            }
            if (d == DocIdSetIterator.NO_MORE_DOCS) {
                continue;
            }
            // The total is capped; d is the first document not looked at yet.
            for (; next < small.length; next++) {
                int sd = small[next];
                if (sd < d) {
                    continue;
                }
                int at = m.it.docID() < sd ? m.it.advance(sd) : m.it.docID();
                if (at == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (at == sd && m.matches(sd)) {
                    countSmall(postings, seg, next, dims, counts);
                }
            }
            for (FacetPostings.Value v : large) {
                counts[v.index()] += upTo(w, leaf, v, d, CAP + 1 - counts[v.index()]);
            }
        }
        return total;
    }

    /** A segment's matcher: the cheap approximation to move along, the exact check (phrases) only where it stops. */
    private static final class Matches {
        final DocIdSetIterator it;
        private final TwoPhaseIterator tp;
        private final Bits live;

        Matches(Scorer s, Bits live) {
            this.tp = s.twoPhaseIterator();
            this.it = tp == null ? s.iterator() : tp.approximation();
            this.live = live;
        }

        /** Whether the document the iterator stands on matches; asked at most once per document. */
        boolean matches(int doc) throws IOException {
            return (live == null || live.get(doc)) && (tp == null || tp.matches());
        }
    }

    private static void countSmall(FacetPostings postings, FacetPostings.Segment seg, int i, List<String> dims, long[] counts) {
        for (int v : seg.values()[i]) {
            if (dims.contains(postings.values.get(v).dim())) {
                counts[v]++;
            }
        }
    }

    /** Matches of {@code w} in one segment from document {@code from} on that hold {@code value}, counting at most {@code limit}. */
    private static long upTo(Weight w, LeafReaderContext leaf, FacetPostings.Value value, int from, long limit) throws IOException {
        if (limit <= 0) {
            return 0;
        }
        Scorer s = w.scorer(leaf);
        PostingsEnum pe = leaf.reader().postings(value.term(), PostingsEnum.NONE);
        if (s == null || pe == null) {
            return 0;
        }
        Matches m = new Matches(s, leaf.reader().getLiveDocs());
        DocIdSetIterator it = ConjunctionUtils.intersectIterators(List.of(pe, m.it));
        long n = 0;
        for (int d = it.advance(from); d != DocIdSetIterator.NO_MORE_DOCS && n < limit; d = it.nextDoc()) {
            if (m.matches(d)) {
                n++;
            }
        }
        return n;
    }

    private static List<SearchResult.FacetCount> facetCounts(String dim, List<FacetPostings.Value> values, long[] counts) {
        return values.stream().filter(v -> counts[v.index()] > 0)
                .sorted(Comparator.comparingLong((FacetPostings.Value v) -> -Math.min(counts[v.index()], CAP + 1))
                        .thenComparing(FacetPostings.Value::label))
                .limit(FACET_VALUES)
                .map(v -> SearchResult.FacetCount.of(dim, v.label(), Math.min(counts[v.index()], CAP), counts[v.index()] <= CAP))
                .toList();
    }

    /** {@code matching} within every filter but the one on {@code except} (null: all of them). */
    private static Query filtered(Query matching, Map<String, String> filters, String except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(matching, Occur.MUST);
        filters.forEach((dim, value) -> {
            if (!dim.equals(except)) {
                String field = Fields.facetsConfig().getDimConfig(dim).indexFieldName;
                b.add(new TermQuery(DrillDownQuery.term(field, dim, value)), Occur.FILTER);
            }
        });
        return b.build();
    }

    private static Weight weight(IndexSearcher searcher, Query q) throws IOException {
        return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
}
