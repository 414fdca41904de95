package sunshine.index.build;

import sunshine.index.content.DocType;

/**
 * A small static weight per document type, multiplied into the relevance score. Policies are the primary
 * documents (what a resident is entitled to); FAQs answer them in plain words; news items and other files mostly
 * restate them, so among equally good matches the policy comes first.
 */
public final class TypePrior {
    /** The largest prior of any type: a bound for pruning ({@code TypePriorQuery}). */
    public static final float MAX = 1.25f;

    private TypePrior() {
    }

    static float of(DocType type) {
        return switch (type) {
            case POLICY -> MAX;
            case FAQ -> 1.1f;
            case SERVICE -> 1.0f;
            case NEWS, DOCUMENT -> 0.85f;
        };
    }
}
