package sunshine.index.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** A configuration's scores on every query of a set, with how long indexing and querying took. */
public record RunResult(Configuration config, List<QueryScore> scores, int documents, long buildMillis, long queryMillis) {

    public RunResult {
        scores = List.copyOf(scores);
    }

    public double mean(ToDoubleFunction<QueryScore> metric) {
        return scores.stream().mapToDouble(metric).average().orElse(0);
    }

    /** The mean over the queries of one kind only. */
    public double mean(String kind, ToDoubleFunction<QueryScore> metric) {
        return scores.stream().filter(s -> s.query().kind().equals(kind)).mapToDouble(metric).average().orElse(0);
    }

    public double zeroResultRate() {
        return mean(s -> s.zeroResults() ? 1 : 0);
    }

    public QueryScore score(String queryId) {
        return scores.stream().filter(s -> s.query().id().equals(queryId)).findFirst().orElseThrow();
    }
}
