package sunshine.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sunshine.index.build.ContentFingerprint;
import sunshine.index.build.Fields;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.ContentLists;
import sunshine.index.content.OpeningCalendar;
import sunshine.index.content.Problem;
import sunshine.index.match.PolicyMatcher;
import sunshine.index.search.LiveIndex;
import sunshine.index.search.SearchService;
import sunshine.index.search.SemanticSearch;
import sunshine.index.semantic.DocumentVectors;
import sunshine.index.semantic.Embedder;
import sunshine.index.semantic.SemanticModel;
import sunshine.index.semantic.SemanticRerank;
import sunshine.index.semantic.VectorCache;

/**
 * The content folder and its index, as one thing the app uses: open (rebuilding when content changed or the
 * index is corrupt), search, and reload without a restart. Everything under it is plain Java, no web types.
 */
public final class PortalIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PortalIndex.class);
    /** The vector cache folder inside the index folder, beside the generations. */
    public static final String VECTORS = "vectors";
    /** How long a search waits for its question's vector before it settles for the lexical ranking. */
    public static final long QUESTION_WAIT_MILLIS = 200;

    /** Told what indexing is doing, for a progress display. */
    public interface Progress {
        void loaded(int documents, int problems);

        void indexed(int done, int total);

        static Progress none() {
            return new Progress() {
                @Override
                public void loaded(int documents, int problems) {
                }

                @Override
                public void indexed(int done, int total) {
                }
            };
        }
    }

    /** What the last load or build did. */
    public record Status(Instant at, int documents, List<Problem> problems, boolean rebuilt, long millis) {
    }

    private final Path contentRoot;
    private final IndexStore store;
    private final int threads;
    private final SemanticModel semantic;
    private final AtomicReference<Status> status = new AtomicReference<>();
    private final AtomicReference<ContentLists> lists = new AtomicReference<>(new ContentLists(List.of(), List.of()));
    private final AtomicReference<OpeningCalendar> calendar = new AtomicReference<>(OpeningCalendar.EMPTY);
    private final AtomicReference<PolicyMatcher> matcher = new AtomicReference<>();
    private LiveIndex live;
    private SearchService search;

    public PortalIndex(Path contentRoot, Path indexRoot, int threads) {
        this(contentRoot, indexRoot, threads, SemanticModel.fromEnvironment());
    }

    /** With {@code semantic} (see {@link SemanticModel#fromEnvironment()}; {@link SemanticModel#off()} for none). */
    public PortalIndex(Path contentRoot, Path indexRoot, int threads, SemanticModel semantic) {
        this.contentRoot = contentRoot;
        this.store = new IndexStore(indexRoot);
        this.threads = threads;
        this.semantic = semantic;
    }

    /**
     * Opens the index, first rebuilding it from content when it is missing, corrupt, or built from other content.
     * A corrupt index is reported in one log line and rebuilt.
     */
    public Status open(Progress progress) throws IOException {
        return open(progress, false);
    }

    /** As {@link #open(Progress)}, rebuilding even an up-to-date index when {@code force} is set. */
    public synchronized Status open(Progress progress, boolean force) throws IOException {
        long start = System.nanoTime();
        // Checking every index file's checksum and reading content each take a core for a moment: side by side, the
        // portal starts in about half the time.
        CompletableFuture<Optional<String>> verified = CompletableFuture.supplyAsync(store::verifyCurrent, PortalIndex::daemon);
        String fingerprint = ContentFingerprint.of(contentRoot);
        ContentLoader.Result loaded = new ContentLoader(contentRoot).load();
        Optional<String> broken = verified.join();
        Map<String, String> built = store.currentCommitData();
        boolean upToDate = !force && broken.isEmpty() && fingerprint.equals(built.get(IndexBuilder.FINGERPRINT))
                && (!semantic.enabled() || semantic.modelId().equals(built.get(Fields.VECTOR_MODEL)));
        if (broken.isPresent() && store.current().isPresent()) {
            LOG.warn("Index at {} cannot be used ({}); rebuilding it from {}", store.root(), broken.get(), contentRoot);
        }
        progress.loaded(loaded.documents().size(), loaded.problems().size());
        if (!upToDate) {
            build(loaded, fingerprint, progress);
        } else {
            semantic.loadInBackground(); // questions are searched lexically until it is ready
        }
        lists.set(loaded.lists());
        calendar.set(loaded.calendar());
        // Rules were compiled while loading; the matcher is swapped in whole, like the searcher.
        PolicyMatcher m = new PolicyMatcher(loaded.rules());
        if (!m.reader().problems().isEmpty()) {
            LOG.warn("Situation cues that do not fit profile-fields.yml were left out: {}", m.reader().problems());
        }
        matcher.set(m);
        if (live == null) {
            live = new LiveIndex(store);
            search = new SearchService(live, loaded.vocabulary());
            search.setSemantic(new SemanticSearch(semantic, SemanticRerank.Settings.SERVED, QUESTION_WAIT_MILLIS));
        } else {
            live.refresh();
            search.setVocabulary(loaded.vocabulary());
        }
        search.setFeatured(loaded.lists().featured());
        warmUpInBackground();
        Status s = new Status(Instant.now(), live.docCount(), loaded.problems(), !upToDate, (System.nanoTime() - start) / 1_000_000);
        status.set(s);
        return s;
    }

    /**
     * Builds a generation, with document vectors when the model loads (unchanged texts come from the vector cache
     * in {@code <index>/vectors/}, so only new or edited documents are embedded).
     */
    private void build(ContentLoader.Result loaded, String fingerprint, Progress progress) throws IOException {
        Optional<Embedder> model = semantic.await();
        if (model.isEmpty()) {
            new IndexBuilder(store, threads, null, loaded.lists().area()).build(loaded.documents(), fingerprint, progress::indexed);
            return;
        }
        try (VectorCache cache = new VectorCache(store.root().resolve(VECTORS), model.get().modelId(), model.get().dimensions())) {
            new IndexBuilder(store, threads, new DocumentVectors(model.get(), cache), loaded.lists().area()).build(loaded.documents(), fingerprint, progress::indexed);
        }
    }

    private volatile boolean serving;

    /** Runs {@code work} on a daemon thread, so it never holds up shutdown. */
    private static void daemon(Runnable work) {
        Thread t = new Thread(work, "portal-background");
        t.setDaemon(true);
        t.start();
    }

    /** Reloads content: rebuilds if it changed, swaps the new index in, and picks up a new vocabulary. */
    public Status reload(Progress progress) throws IOException {
        return open(progress, false);
    }

    /** Serves a generation another process (the {@code index} command) published, if there is a newer one. */
    public boolean refreshFromDisk() throws IOException {
        boolean swapped = live != null && live.refresh();
        if (swapped) {
            warmUpInBackground();
        }
        return swapped;
    }

    /**
     * Prepares the served generation for searches on a background thread; the slower preparation for suggestions
     * waits until the portal serves ({@link #serving()}), so it does not hold up the start on two cores.
     */
    private void warmUpInBackground() {
        SearchService warming = search;
        daemon(() -> {
            try {
                warming.warmUp();
                if (serving) {
                    warming.warmUpSuggestions();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Warming up the search failed ({}); searches build what they need themselves", e.toString());
            }
        });
    }

    /** Called once the portal answers requests: prepares suggestions in the background (see {@link #warmUpInBackground}). */
    public void serving() {
        serving = true;
        SearchService warming = search;
        daemon(() -> {
            try {
                warming.warmUpSuggestions();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Preparing suggestions failed ({}); they are built on first use", e.toString());
            }
        });
    }

    /** Validates content without touching the index. */
    public ContentLoader.Result check() {
        return new ContentLoader(contentRoot).load();
    }

    public SearchService search() {
        if (search == null) {
            throw new IllegalStateException("open() the index first");
        }
        return search;
    }

    /** 政策找人: the policies' compiled eligibility rules, rebuilt on every open and reload. */
    public PolicyMatcher matcher() {
        PolicyMatcher m = matcher.get();
        if (m == null) {
            throw new IllegalStateException("open() the index first");
        }
        return m;
    }

    public Status status() { return status.get(); }

    public ContentLists lists() { return lists.get(); }

    /** Holidays, 调休 and per-point exceptions, for opening status; reloaded with content. */
    public OpeningCalendar calendar() { return calendar.get(); }

    public Path contentRoot() { return contentRoot; }

    public IndexStore store() { return store; }

    @Override
    public synchronized void close() throws IOException {
        if (live != null) {
            live.close();
        }
    }
}
