package sunshine.index.semantic;

/**
 * Turns text into a unit-length vector, so that the dot product of two vectors is their cosine similarity.
 * Implementations are thread-safe. {@link #modelId()} names the model and its settings: it is part of every
 * cache key, so vectors of another model (or of the same model fed differently) are never mixed.
 */
public interface Embedder {
    String modelId();

    int dimensions();

    /** The vector of a document's text (see {@link EmbeddedText}). */
    float[] embedDocument(String text);

    /** The vector of a question typed into the search box. */
    float[] embedQuery(String text);
}
