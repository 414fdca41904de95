package sunshine.index.build;

import sunshine.index.content.ContentDocument;
import sunshine.index.content.DocType;
import sunshine.index.content.Jurisdiction;

/**
 * A small static weight per document, multiplied into the relevance score. Policies are the primary documents
 * (what a resident is entitled to); FAQs answer them in plain words; news items and other files mostly restate
 * them, so among equally good matches the policy comes first. A document that applies only elsewhere (another
 * province's regulation) weighs {@link #ELSEWHERE} as much: still found, but after what applies here unless it answers far better.
 */
public final class TypePrior {
    /** The largest prior of any type: a bound for pruning ({@code TypePriorQuery}). */
    public static final float MAX = 1.25f;

    private TypePrior() {
    }

    /**
     * The weight of a document that does not apply where the portal's residents live, relative to one that does.
     * Why not 0: a rule of elsewhere may still be the only answer. Measured on LeCoQA train as a whole (README,
     * "Search quality"; no lawyer there cited a local regulation): served Recall@10 0.520 with every region alike,
     * 0.542 at 0.5 and the same at 0.3, 0.543 with other provinces' regulations left out of the index altogether.
     */
    public static final float ELSEWHERE = 0.5f;

    static float of(ContentDocument d, Jurisdiction here) {
        return of(d.type()) * regionWeight(d, here);
    }

    /** 1 for a document that applies where the portal's residents live, {@link #ELSEWHERE} otherwise. */
    static float regionWeight(ContentDocument d, Jurisdiction here) {
        return here.covers(d.region()) ? 1f : ELSEWHERE;
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
