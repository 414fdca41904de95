package sunshine.index.content;

/** Cuts plain text to a short excerpt on a character boundary, for summaries. */
public final class Excerpt {
    private Excerpt() {
    }

    public static String of(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= maxChars) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, maxChars)) + "…";
    }

    /**
     * Whether {@code summary} is only words of {@code text} (an excerpt {@link #of} cut, or a blank one): then it adds
     * nothing to search that the text does not already hold.
     */
    public static boolean isFrom(String summary, String text) {
        if (summary == null || summary.isBlank()) {
            return true;
        }
        String s = summary.endsWith("…") ? summary.substring(0, summary.length() - 1) : summary;
        return text != null && text.replaceAll("\\s+", " ").contains(s.strip());
    }
}
