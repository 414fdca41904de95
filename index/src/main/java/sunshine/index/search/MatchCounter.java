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
        Weight all = weight(searcher, filtered(matching, filters, null));
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            total += upTo(all, leaf, null, CAP + 1 - total);
        }
        countValues(searcher, postings, all, unfiltered, counts);
        for (String dim : filters.keySet()) {
            countValues(searcher, postings, weight(searcher, filtered(matching, filters, dim)), List.of(dim), counts);
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        postings.byDim.forEach((dim, values) -> facets.put(dim, facetCounts(dim, values, counts)));
        FacetPostings.DIMS.forEach(d -> facets.putIfAbsent(d, List.of()));
        return new Counted(Math.min(total, CAP), total <= CAP, facets);
    }

    /** The values of {@code dims} counted for the matches of {@code w}: small ones in one walk, large ones apart. */
    private static void countValues(IndexSearcher searcher, FacetPostings postings, Weight w, List<String> dims, long[] counts)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            FacetPostings.Segment seg = postings.segments.get(l);
            Scorer s = seg.docs().length == 0 ? null : w.scorer(leaf);
            if (s != null) {
                Bits live = leaf.reader().getLiveDocs();
                TwoPhaseIterator tp = s.twoPhaseIterator();
                DocIdSetIterator it = tp == null ? s.iterator() : tp.approximation();
                for (int i = 0; i < seg.docs().length; i++) {
                    int d = seg.docs()[i];
                    int at = it.docID() < d ? it.advance(d) : it.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == d && (live == null || live.get(d)) && (tp == null || tp.matches())) {
                        for (int v : seg.values()[i]) {
                            if (dims.contains(postings.values.get(v).dim())) {
                                counts[v]++;
                            }
                        }
                    }
                }
            }
        }
        for (FacetPostings.Value v : postings.large) {
            if (dims.contains(v.dim())) {
                for (LeafReaderContext leaf : leaves) {
                    counts[v.index()] += upTo(w, leaf, v, CAP + 1 - counts[v.index()]);
                }
            }
        }
    }

    /** Matches of {@code w} in one segment (only those holding {@code value}, when given), counting at most {@code limit}. */
    private static long upTo(Weight w, LeafReaderContext leaf, FacetPostings.Value value, long limit) throws IOException {
        if (limit <= 0) {
            return 0;
        }
        if (value == null) {
            int n = w.count(leaf);
            if (n >= 0) {
                return Math.min(n, limit);
            }
        }
        Scorer s = w.scorer(leaf);
        if (s == null) {
            return 0;
        }
        TwoPhaseIterator tp = s.twoPhaseIterator();
        DocIdSetIterator it = tp == null ? s.iterator() : tp.approximation();
        if (value != null) {
            PostingsEnum pe = leaf.reader().postings(value.term(), PostingsEnum.NONE);
            if (pe == null) {
                return 0;
            }
            it = ConjunctionUtils.intersectIterators(List.of(pe, it));
        }
        Bits live = leaf.reader().getLiveDocs();
        long n = 0;
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && n < limit; d = it.nextDoc()) {
            if ((live == null || live.get(d)) && (tp == null || tp.matches())) {
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
