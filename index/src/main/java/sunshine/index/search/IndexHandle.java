package sunshine.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import sunshine.index.build.Fields;
import sunshine.index.content.Jurisdiction;

/**
 * One opened index generation: its searcher manager and the facet state built once for it (a generation never
 * changes after it is published, so neither does the state).
 */
final class IndexHandle implements Closeable {
    private final Path generation;
    private final FSDirectory directory;
    private final SearcherManager manager;
    private final SortedSetDocValuesReaderState facetState;
    private final Map<String, String> commitData;
    private final Jurisdiction area;
    private final int docCount;
    private final Map<String, List<LabelAndValue>> allValues = new ConcurrentHashMap<>();

    IndexHandle(Path generation) throws IOException {
        this.generation = generation;
        this.directory = FSDirectory.open(generation);
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            this.commitData = reader.getIndexCommit().getUserData();
            this.area = Jurisdiction.fromCommitData(commitData.get(Fields.AREA));
            this.docCount = reader.numDocs();
            this.manager = new SearcherManager(reader, null);
            this.facetState = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    Path generation() { return generation; }

    Map<String, String> commitData() { return commitData; }

    /** The area the generation's priors were computed for (everywhere for an index built without one). */
    Jurisdiction area() { return area; }

    int docCount() { return docCount; }

    SortedSetDocValuesReaderState facetState() { return facetState; }

    /**
     * Every value of a facet dimension with its count over the whole generation (topics, 街镇), counted on first
     * use and kept: the suggester, the 街镇 names and the no-result help all need them, never per query. The lists
     * are kept, not the counts: reading labels goes through one doc-values iterator, which two threads must not share
     * (sharing it read past the end of the file under load).
     */
    List<LabelAndValue> allValues(String dim) throws IOException {
        List<LabelAndValue> values = allValues.get(dim);
        if (values == null) {
            synchronized (allValues) {
                values = allValues.get(dim);
                if (values == null) {
                    values = countAll(dim);
                    allValues.put(dim, values);
                }
            }
        }
        return values;
    }

    private List<LabelAndValue> countAll(String dim) throws IOException {
        try {
            FacetResult r = new SortedSetDocValuesFacetCounts(facetState).getAllChildren(dim);
            return r == null ? List.of() : List.of(r.labelValues);
        } catch (IllegalArgumentException e) {
            return List.of(); // no document has this dimension
        }
    }

    IndexSearcher acquire() throws IOException {
        return manager.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        manager.release(searcher);
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }
}
