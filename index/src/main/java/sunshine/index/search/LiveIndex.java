package sunshine.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import sunshine.index.build.IndexStore;

/**
 * The index generation currently served. {@link #refresh()} opens a newer published generation and swaps it in;
 * searches in flight keep the old searcher until they release it, so a swap never fails or empties a request.
 */
public final class LiveIndex implements Closeable {
    private final IndexStore store;
    private final AtomicReference<IndexHandle> current = new AtomicReference<>();

    public LiveIndex(IndexStore store) throws IOException {
        this.store = store;
        refresh();
    }

    /** Swaps in the published generation if it differs from the served one; returns true when it swapped. */
    public synchronized boolean refresh() throws IOException {
        Optional<Path> published = store.current();
        IndexHandle served = current.get();
        if (published.isEmpty() || (served != null && served.generation().equals(published.get()))) {
            return false;
        }
        IndexHandle fresh = new IndexHandle(published.get());
        IndexHandle old = current.getAndSet(fresh);
        if (old != null) {
            old.close();
        }
        return true;
    }

    public boolean isOpen() {
        return current.get() != null;
    }

    public int docCount() {
        IndexHandle h = current.get();
        return h == null ? 0 : h.docCount();
    }

    public Map<String, String> commitData() {
        IndexHandle h = current.get();
        return h == null ? Map.of() : h.commitData();
    }

    /** Work done against one consistent searcher. */
    interface SearcherWork<T> {
        T run(IndexSearcher searcher, IndexHandle handle) throws IOException;
    }

    /** Runs {@code work} on the served generation, retrying once if a swap closed it between get and acquire. */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        for (int attempt = 0; ; attempt++) {
            IndexHandle h = current.get();
            if (h == null) {
                throw new IllegalStateException("no index is open");
            }
            IndexSearcher s;
            try {
                s = h.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue;
                }
                throw e;
            }
            try {
                return work.run(s, h);
            } finally {
                h.release(s);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        IndexHandle h = current.getAndSet(null);
        if (h != null) {
            h.close();
        }
    }
}
