package sunshine.index.semantic;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model as the portal uses it: off, not loaded yet, ready, or failed. It loads on first need, on a
 * background thread when a search asks (the first page is not delayed: until it is ready, searches are lexical)
 * or in the caller's thread when an index build needs vectors. A model that fails to load is reported in one log
 * line and the portal goes on searching lexically.
 */
public final class SemanticModel {
    /** Environment variable (and -D system property {@code portal.semantic}): {@code off} turns semantic search off. */
    public static final String ENV = "PORTAL_SEMANTIC";
    private static final Logger LOG = LoggerFactory.getLogger(SemanticModel.class);

    private final String modelId;
    private final Supplier<Embedder> loader;
    private final AtomicReference<CompletableFuture<Embedder>> model = new AtomicReference<>();
    /** Embeds questions beside the lexical search; daemon threads, so they never keep the JVM alive. */
    private final ExecutorService questions = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "question-embedder");
        t.setDaemon(true);
        return t;
    });

    private SemanticModel(String modelId, Supplier<Embedder> loader) {
        this.modelId = modelId;
        this.loader = loader;
    }

    public static SemanticModel off() {
        return new SemanticModel(null, null);
    }

    /** {@code modelId} must be the id the loaded embedder reports: an index is rebuilt when its vectors' id differs. */
    public static SemanticModel of(String modelId, Supplier<Embedder> loader) {
        return new SemanticModel(modelId, loader);
    }

    /** BGE-small-zh unless {@code PORTAL_SEMANTIC} (or {@code -Dportal.semantic}) says off, false, no or 0. */
    public static SemanticModel fromEnvironment() {
        String v = System.getProperty("portal.semantic", System.getenv(ENV));
        boolean off = v != null && switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "off", "false", "no", "0" -> true;
            default -> false;
        };
        return off ? off() : of(BgeSmallZh.MODEL_ID, BgeSmallZh::load);
    }

    /** The id of the model's vectors, or null when off. */
    public String modelId() {
        return modelId;
    }

    public boolean enabled() {
        return loader != null && !failed();
    }

    /** Starts loading in the background, if not started; returns at once. */
    public void loadInBackground() {
        start(true);
    }

    /** The model if it is loaded now; otherwise empty, and loading starts in the background. */
    public Optional<Embedder> ready() {
        CompletableFuture<Embedder> f = start(true);
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? Optional.of(f.join()) : Optional.empty();
    }

    /** The model, loading it in this thread if need be; empty when off or when it cannot be loaded. */
    public Optional<Embedder> await() {
        CompletableFuture<Embedder> f = start(false);
        try {
            return f == null ? Optional.empty() : Optional.of(f.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The question's vector, computed on another thread; null when the model is not ready. */
    public CompletableFuture<float[]> embedQuestion(String text) {
        Optional<Embedder> m = ready();
        return m.map(e -> CompletableFuture.supplyAsync(() -> e.embedQuery(text), questions)).orElse(null);
    }

    private boolean failed() {
        CompletableFuture<Embedder> f = model.get();
        return f != null && f.isCompletedExceptionally();
    }

    private CompletableFuture<Embedder> start(boolean background) {
        if (loader == null) {
            return null;
        }
        CompletableFuture<Embedder> mine = new CompletableFuture<>();
        if (!model.compareAndSet(null, mine)) {
            return model.get();
        }
        Runnable load = () -> {
            long t0 = System.nanoTime();
            try {
                Embedder e = loader.get();
                LOG.info("Semantic search: {} loaded in {} ms", e.modelId(), (System.nanoTime() - t0) / 1_000_000);
                mine.complete(e);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Semantic search is off: the embedding model could not be loaded ({}); searching lexically", e.toString());
                mine.completeExceptionally(e);
            }
        };
        if (background) {
            Thread t = new Thread(load, "model-loader");
            t.setDaemon(true);
            t.start();
        } else {
            load.run();
        }
        return mine;
    }
}
