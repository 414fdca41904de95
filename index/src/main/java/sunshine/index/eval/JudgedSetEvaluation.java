package sunshine.index.eval;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.DocType;

/**
 * The judged set over the portal's own content: every configuration of {@link Configuration#all} on the same
 * documents and queries. Also names judged ids that no longer exist in content, since a judgement pointing
 * nowhere silently lowers every configuration's score.
 */
public final class JudgedSetEvaluation {
    /** Recall is reported at 20, so lists are read that deep. */
    public static final int DEPTH = 20;

    /** What was evaluated and the results, one per configuration. */
    public record Result(String source, Map<DocType, Integer> documents, int queries, List<String> missingIds,
                         List<RunResult> runs) {

        public int documentCount() {
            return documents.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private JudgedSetEvaluation() {
    }

    public static Result run(ContentLoader.Result content, List<JudgedQuery> queries, String source,
                             Evaluator evaluator) throws IOException {
        List<ContentDocument> docs = content.documents();
        List<RunResult> runs = evaluator.run("judged", Configuration.all(content.vocabulary(), content.lists().area(), evaluator.vectorCache()), docs, queries, DEPTH);
        return new Result(source, countByType(docs), queries.size(), missingIds(docs, queries), runs);
    }

    static List<String> missingIds(List<? extends ContentDocument> docs, List<JudgedQuery> queries) {
        Set<String> ids = new HashSet<>();
        docs.forEach(d -> ids.add(d.id()));
        return queries.stream().flatMap(q -> q.relevant().stream().filter(id -> !ids.contains(id))
                .map(id -> q.id() + " → " + id)).sorted().toList();
    }

    private static Map<DocType, Integer> countByType(List<? extends ContentDocument> docs) {
        Map<DocType, Integer> out = new EnumMap<>(DocType.class);
        for (DocType t : DocType.values()) {
            out.put(t, 0);
        }
        docs.forEach(d -> out.merge(d.type(), 1, Integer::sum));
        return out;
    }
}
