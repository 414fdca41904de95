package sunshine.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import sunshine.index.build.Fields;

/**
 * Which documents carry each facet value of one index generation, arranged for {@link MatchCounter}. Values held by
 * few documents (every type, topic and 街镇 of the portal's own content) are kept as one sorted list of documents per
 * segment, each with its values, so one walk of a query's matches counts all of them; values held by many documents
 * (the law articles' type) are counted apart, each only up to the cap.
 */
final class FacetPostings {
    /** A value held by more documents than this is counted on its own, up to the cap. */
    static final int SMALL = 5_000;

    /** One facet value: its dimension, its label and its drill-down term. */
    record Value(String dim, String label, Term term, int index) {
    }

    /** Per segment: the documents that hold some small value, ascending, and the values each holds. */
    record Segment(int[] docs, int[][] values) {
    }

    final List<Value> values;
    /** The same values grouped by dimension, in index order. */
    final Map<String, List<Value>> byDim;
    final List<Value> large;
    final List<Segment> segments;

    private FacetPostings(List<Value> values, List<Value> large, List<Segment> segments) {
        this.values = values;
        this.large = large;
        this.segments = segments;
        Map<String, List<Value>> dims = new LinkedHashMap<>();
        for (Value v : values) {
            dims.computeIfAbsent(v.dim(), k -> new ArrayList<>()).add(v);
        }
        this.byDim = java.util.Collections.unmodifiableMap(dims);
    }

    static final List<String> DIMS = List.of(Fields.FACET_TYPE, Fields.FACET_TOPIC, Fields.FACET_STREET);

    static FacetPostings of(IndexSearcher searcher, IndexHandle handle) throws IOException {
        return of(searcher, handle, SMALL);
    }

    /** @param smallLimit the most documents a value counted in the walk may have (tests vary it; counts never change) */
    static FacetPostings of(IndexSearcher searcher, IndexHandle handle, int smallLimit) throws IOException {
        List<Value> values = new ArrayList<>();
        List<Value> small = new ArrayList<>();
        List<Value> large = new ArrayList<>();
        for (String dim : DIMS) {
            String field = Fields.facetsConfig().getDimConfig(dim).indexFieldName;
            for (LabelAndValue lv : handle.allValues(dim)) {
                Value v = new Value(dim, lv.label, DrillDownQuery.term(field, dim, lv.label), values.size());
                values.add(v);
                (searcher.getIndexReader().docFreq(v.term()) > smallLimit ? large : small).add(v);
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TreeMap<Integer, List<Integer>> byDoc = new TreeMap<>();
            for (Value v : small) {
                PostingsEnum pe = leaf.reader().postings(v.term(), PostingsEnum.NONE);
                if (pe == null) {
                    continue;
                }
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    byDoc.computeIfAbsent(d, k -> new ArrayList<>()).add(v.index());
                }
            }
            int[] docs = new int[byDoc.size()];
            int[][] held = new int[byDoc.size()][];
            int i = 0;
            for (Map.Entry<Integer, List<Integer>> e : byDoc.entrySet()) {
                docs[i] = e.getKey();
                held[i++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            }
            segments.add(new Segment(docs, held));
        }
        return new FacetPostings(List.copyOf(values), List.copyOf(large), List.copyOf(segments));
    }
}
