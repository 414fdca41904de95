package sunshine.index.eval;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One evaluation query: what the person typed and the graded documents (id → grade 1..3; unlisted ids are 0).
 * {@code kind} groups queries in the report (colloquial, pinyin, traditional …; "lecoqa" for the law questions).
 */
public record JudgedQuery(String id, String kind, String text, Map<String, Integer> grades) {

    public JudgedQuery {
        grades = Map.copyOf(grades);
    }

    /** Every judged document, whatever its grade: what recall counts. */
    public Set<String> relevant() {
        return grades.keySet();
    }

    /**
     * The documents of the query's highest grade: "the page they need" in the judged set (grade 3), every gold
     * article in LeCoQA (all grade 1). Reciprocal rank is measured to the first of these.
     */
    public Set<String> needed() {
        int top = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return grades.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
