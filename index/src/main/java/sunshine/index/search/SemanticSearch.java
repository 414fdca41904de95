package sunshine.index.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import sunshine.index.analysis.ChineseFolding;
import sunshine.index.build.Fields;
import sunshine.index.semantic.Embedder;
import sunshine.index.semantic.SemanticModel;
import sunshine.index.semantic.SemanticRerank;

/**
 * How {@link SearchService} uses meaning: only for sentence-like questions ({@link QuestionMode}; a two-word lookup
 * is better served by its words), only when the model is loaded and the served index holds vectors of the same
 * model, and never waiting longer than {@code waitMillis} for the question's vector. In every other case the
 * search is lexical, so the portal works the same with the model off, still loading, or broken.
 */
public final class SemanticSearch {
    private static final SemanticSearch OFF = new SemanticSearch(SemanticModel.off(), null, 0);

    private final SemanticModel model;
    private final SemanticRerank.Settings settings;
    private final long waitMillis;

    public SemanticSearch(SemanticModel model, SemanticRerank.Settings settings, long waitMillis) {
        this.model = model;
        this.settings = settings;
        this.waitMillis = waitMillis;
    }

    public static SemanticSearch off() {
        return OFF;
    }

    public SemanticModel model() {
        return model;
    }

    /** The question's vector, being computed; null when this query is not searched semantically. */
    CompletableFuture<float[]> questionVector(String text, Map<String, String> commitData) {
        if (settings == null || !model.enabled() || !QuestionMode.isQuestion(ChineseFolding.fold(text))) {
            return null;
        }
        Optional<Embedder> e = model.ready();
        if (e.isEmpty() || !e.get().modelId().equals(commitData.get(Fields.VECTOR_MODEL))) {
            return null;
        }
        return model.embedQuestion(text);
    }

    /** How many of the best lexical hits re-ranking considers. */
    int candidates() {
        return settings == null ? 0 : settings.candidates();
    }

    /** The re-ranked documents, or empty when the vector did not come in time (the search stays lexical). */
    Optional<SemanticRerank.Reranked> rerank(IndexSearcher searcher, java.util.List<org.apache.lucene.search.ScoreDoc> lexical,
                                             Query filter, Query base, Query scoring, long lifted,
                                             CompletableFuture<float[]> vector)
            throws IOException {
        float[] v;
        try {
            v = vector.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(SemanticRerank.rerank(searcher, lexical, filter, base, scoring, lifted, v, settings));
    }
}
