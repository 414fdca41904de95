package sunshine.index.build;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import sunshine.index.content.Jurisdiction;

/**
 * One segment's document priors as {@link DocumentConverter} indexed them, read the same way by ranking
 * ({@code TypePriorQuery}) and by semantic re-ranking: {@link Fields#PRIOR} (type × region), except that a document
 * of a province the query names ({@code lifted}, see {@link Jurisdiction#namedElsewhere}) ranks by its type's prior
 * alone ({@link Fields#TYPE_PRIOR}). Each method asks about documents in increasing order (doc values only move
 * forward); use one instance per method.
 */
public final class SegmentPriors {
    private final LeafReader reader;
    private final NumericDocValues priors;
    private final NumericDocValues regions;
    private final long lifted;
    /** Opened on first need: a search that names no province ranks by {@link Fields#PRIOR} alone. */
    private NumericDocValues typePriors;

    private SegmentPriors(LeafReader reader, long lifted) throws IOException {
        this.reader = reader;
        this.priors = DocValues.getNumeric(reader, Fields.PRIOR);
        this.regions = lifted == 0 ? null : DocValues.getNumeric(reader, Fields.REGION_CODE);
        this.lifted = lifted;
    }

    public static SegmentPriors of(LeafReader reader, long lifted) throws IOException {
        return new SegmentPriors(reader, lifted);
    }

    /** The prior {@code doc} ranks by. */
    public float prior(int doc) throws IOException {
        return isLifted(doc) ? value(typePriors(), doc) : value(priors, doc);
    }

    /**
     * The region part of the prior alone: {@link TypePrior#ELSEWHERE} for a document that applies elsewhere, 1 for
     * one that applies here or whose province is named.
     */
    public float regionWeight(int doc) throws IOException {
        if (isLifted(doc)) {
            return 1f;
        }
        float type = value(typePriors(), doc);
        return type > 0 ? value(priors, doc) / type : 1f;
    }

    private boolean isLifted(int doc) throws IOException {
        return lifted != 0 && regions.advanceExact(doc) && Jurisdiction.lifts(lifted, regions.longValue());
    }

    private NumericDocValues typePriors() throws IOException {
        if (typePriors == null) {
            typePriors = DocValues.getNumeric(reader, Fields.TYPE_PRIOR);
        }
        return typePriors;
    }

    /** 1 for a document indexed without one. */
    private static float value(NumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? Float.intBitsToFloat((int) values.longValue()) : 1f;
    }
}
