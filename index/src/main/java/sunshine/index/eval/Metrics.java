package sunshine.index.eval;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics for one query: its ranked document ids (best first) against its judgements. Every metric is in
 * [0, 1]; averaging over queries is the caller's business. Pure functions, so they are tested on hand-computed cases.
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * nDCG@k with exponential gain 2^grade − 1 and a log2(rank + 1) discount: a grade-3 page (gain 7) outweighs
     * a merely related one (gain 1), which is what a resident feels. The ideal ranking is every judged document
     * sorted by grade, so a judged document the search never returns still lowers the score.
     */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0)
                .sorted(Comparator.reverseOrder()).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** 1 / rank of the first wanted document within the first k, or 0 when none is there. */
    public static double reciprocalRank(List<String> ranked, Set<String> wanted, int k) {
        int rank = firstRank(ranked, wanted);
        return rank > 0 && rank <= k ? 1.0 / rank : 0;
    }

    /** The share of relevant documents found in the first k; 0 when there are none to find. */
    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        Set<String> found = new HashSet<>(ranked.subList(0, Math.min(k, ranked.size())));
        found.retainAll(relevant);
        return (double) found.size() / relevant.size();
    }

    /** The 1-based rank of the first wanted document, or 0 when it is not in the list at all. */
    public static int firstRank(List<String> ranked, Set<String> wanted) {
        for (int i = 0; i < ranked.size(); i++) {
            if (wanted.contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return grade <= 0 ? 0 : Math.pow(2, grade) - 1;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
