package sunshine.index.search;

/**
 * One suggestion: what to show, where it leads, and what it is (a document type slug, {@code topic} or
 * {@code street}).
 */
public record Suggestion(String text, String url, String kind) {
}
