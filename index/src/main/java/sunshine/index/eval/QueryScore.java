package sunshine.index.eval;

import java.util.List;

/**
 * One query's scores under one configuration, with the first few ids it returned (so a report can show what went
 * wrong). {@code firstNeeded} is the 1-based rank of the first top-grade document, 0 when it was not returned.
 */
public record QueryScore(JudgedQuery query, List<String> top, int returned, int firstNeeded,
                         double ndcg10, double rr10, double recall10, double recall20, double recall100) {

    static final int TOP_KEPT = 5;

    public static QueryScore of(JudgedQuery q, List<String> ranked) {
        return new QueryScore(q, List.copyOf(ranked.subList(0, Math.min(TOP_KEPT, ranked.size()))), ranked.size(),
                Metrics.firstRank(ranked, q.needed()),
                Metrics.ndcg(ranked, q.grades(), 10),
                Metrics.reciprocalRank(ranked, q.needed(), 10),
                Metrics.recall(ranked, q.relevant(), 10),
                Metrics.recall(ranked, q.relevant(), 20),
                Metrics.recall(ranked, q.relevant(), 100));
    }

    public boolean zeroResults() {
        return returned == 0;
    }
}
