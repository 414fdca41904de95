package sunshine.index.eval;

import java.util.function.ToDoubleFunction;

/** The headline metrics by the names used in pinned figures and report columns. */
public enum Metric {
    NDCG10("nDCG@10", QueryScore::ndcg10),
    MRR10("MRR@10", QueryScore::rr10),
    RECALL10("Recall@10", QueryScore::recall10),
    RECALL20("Recall@20", QueryScore::recall20),
    RECALL100("Recall@100", QueryScore::recall100),
    ZERO("Zero results", s -> s.zeroResults() ? 1 : 0);

    private final String label;
    private final ToDoubleFunction<QueryScore> perQuery;

    Metric(String label, ToDoubleFunction<QueryScore> perQuery) {
        this.label = label;
        this.perQuery = perQuery;
    }

    public String label() {
        return label;
    }

    /** The mean over a run's queries (for ZERO: the share of queries with no result). */
    public double of(RunResult r) {
        return r.mean(perQuery);
    }

    public double of(QueryScore s) {
        return perQuery.applyAsDouble(s);
    }
}
