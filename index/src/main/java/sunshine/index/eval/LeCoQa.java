package sunshine.index.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LeCoQA-format questions (one JSON object a line: query_id, question, gold [{article_id, …}]) as judged queries:
 * every gold article is relevant with grade 1. Any file in this format is scored the same way.
 */
public final class LeCoQa {
    public static final String KIND = "lecoqa";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gold(@JsonProperty("article_id") String articleId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(@JsonProperty("query_id") String queryId, String question, List<Gold> gold) {
    }

    private LeCoQa() {
    }

    /** The questions with at least one gold article, in file order. */
    public static List<JudgedQuery> read(Path file) throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        try (Reader in = LawCorpus.open(file);
             MappingIterator<Question> it = new ObjectMapper().readerFor(Question.class).readValues(in)) {
            while (it.hasNextValue()) {
                Question q = it.nextValue();
                Map<String, Integer> grades = new LinkedHashMap<>();
                if (q.gold() != null) {
                    q.gold().stream().filter(g -> g.articleId() != null).forEach(g -> grades.put(g.articleId(), 1));
                }
                if (!grades.isEmpty() && q.question() != null && !q.question().isBlank()) {
                    out.add(new JudgedQuery(KIND + "-" + q.queryId(), KIND, q.question(), grades));
                }
            }
        }
        return List.copyOf(out);
    }
}
