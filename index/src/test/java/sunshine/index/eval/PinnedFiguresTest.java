package sunshine.index.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinnedFiguresTest {

    @Test
    void reportsDriftBeyondRoundingOnlyForSetsThatRan() {
        Map<String, Double> expected = Map.of("judged:x/portal/ndcg10", 0.5, "judged:x/-/documents", 157.0,
                "laws:q/cjk/recall10", 0.42);
        Map<String, Double> actual = Map.of("judged:x/portal/ndcg10", 0.5004, "judged:x/-/documents", 158.0);
        List<PinnedFigures.Drift> drifts = PinnedFigures.check(expected, actual);
        assertEquals(List.of(new PinnedFigures.Drift("judged:x/-/documents", 157.0, 158.0)), drifts);
    }

    @Test
    void aPinnedFigureTheRunNoLongerProducesIsADrift() {
        List<PinnedFigures.Drift> drifts = PinnedFigures.check(Map.of("judged:x/gone/ndcg10", 0.3),
                Map.of("judged:x/portal/ndcg10", 0.5));
        assertEquals(1, drifts.size());
        assertTrue(Double.isNaN(drifts.get(0).actual()));
    }

    @Test
    void formatsCountsAsIntegersAndFiguresWithFourDecimals() {
        String text = PinnedFigures.format(new java.util.LinkedHashMap<>(Map.of("s/-/documents", 147442.0)));
        assertTrue(text.endsWith("s/-/documents\t147442\n"), text);
        assertTrue(PinnedFigures.format(Map.of("s/c/ndcg10", 0.41234)).endsWith("s/c/ndcg10\t0.4123\n"));
    }
}
