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
}
