package sunshine.index.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each expected value is worked out by hand in the comment above it. */
class MetricsTest {
    private static final double EPS = 1e-9;
    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1, "d", 3);
    private static final List<String> RANKED = List.of("a", "x", "b", "c");

    @Test
    void ndcgUsesExponentialGainAndIdealOfAllJudged() {
        // DCG  = 7/log2(2) + 0 + 3/log2(4) + 1/log2(5)             = 7 + 1.5 + 0.4306766 = 8.9306766
        // IDCG = 7/log2(2) + 7/log2(3) + 3/log2(4) + 1/log2(5)     = 13.3471848 (d is judged but never returned)
        assertEquals(8.930676558073394 / 13.347184833073596, Metrics.ndcg(RANKED, GRADES, 10), EPS);
    }

    @Test
    void ndcgCutsBothRankingAndIdealAtK() {
        // DCG@2 = 7 ; IDCG@2 = 7 + 7/log2(3) = 11.4165082
        assertEquals(7 / (7 + 7 / (Math.log(3) / Math.log(2))), Metrics.ndcg(RANKED, GRADES, 2), EPS);
    }

    @Test
    void ndcgIsOneForTheIdealOrderAndZeroWithoutHits() {
        assertEquals(1.0, Metrics.ndcg(List.of("d", "a", "b", "c"), GRADES, 10), EPS);
        assertEquals(0.0, Metrics.ndcg(List.of("x", "y"), GRADES, 10), EPS);
        assertEquals(0.0, Metrics.ndcg(List.of(), GRADES, 10), EPS);
    }

    @Test
    void reciprocalRankOfFirstWantedWithinK() {
        // first of {a, d} is at rank 3 → 1/3; outside a cut-off of 2 → 0
        assertEquals(1.0 / 3, Metrics.reciprocalRank(List.of("x", "y", "a", "d"), Set.of("a", "d"), 10), EPS);
        assertEquals(0.0, Metrics.reciprocalRank(List.of("x", "y", "a"), Set.of("a"), 2), EPS);
        assertEquals(1.0, Metrics.reciprocalRank(RANKED, Set.of("a"), 10), EPS);
    }

    @Test
    void recallCountsJudgedDocumentsFoundWithinK() {
        // relevant {a, b, c, d}: a in the first 2 → 1/4; a, b, c in the first 10 → 3/4
        assertEquals(0.25, Metrics.recall(RANKED, GRADES.keySet(), 2), EPS);
        assertEquals(0.75, Metrics.recall(RANKED, GRADES.keySet(), 10), EPS);
        assertEquals(0.0, Metrics.recall(RANKED, Set.of(), 10), EPS);
    }

    @Test
    void firstRankIsOneBasedAndZeroWhenAbsent() {
        assertEquals(3, Metrics.firstRank(RANKED, Set.of("b")));
        assertEquals(0, Metrics.firstRank(RANKED, Set.of("d")));
    }

    @Test
    void queryScoreMeasuresReciprocalRankToTheTopGrade() {
        JudgedQuery q = new JudgedQuery("q1", "test", "问", GRADES);
        // needed = grade-3 docs {a, d}; a is first → RR 1; zero results false
        QueryScore s = QueryScore.of(q, RANKED);
        assertEquals(1.0, s.rr10(), EPS);
        assertEquals(1, s.firstNeeded());
        assertEquals(0.75, s.recall20(), EPS);
        assertEquals(true, QueryScore.of(q, List.of()).zeroResults());
    }
}
