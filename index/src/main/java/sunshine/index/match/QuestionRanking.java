package sunshine.index.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders open questions, most decisive first. Each 可能符合 policy with k open fields gives each of them 1/k: a
 * question that alone settles a policy counts fully, one of five counts a fifth. Ties go to the question more
 * policies ask, then to the order of {@code profile-fields.yml}.
 */
final class QuestionRanking {
    private final Map<String, Double> score = new HashMap<>();
    private final Map<String, List<String>> policies = new LinkedHashMap<>();
    private final ProfileFields fields;

    QuestionRanking(List<Assessment> maybe, ProfileFields fields) {
        this.fields = fields;
        for (Assessment a : maybe) {
            double share = 1.0 / a.open().size();
            for (String field : a.open().keySet()) {
                score.merge(field, share, Double::sum);
                policies.computeIfAbsent(field, k -> new ArrayList<>()).add(a.policy().id());
            }
        }
    }

    Comparator<String> order() {
        return Comparator.comparingDouble((String f) -> -score.getOrDefault(f, 0.0))
                .thenComparingInt(f -> -policies.getOrDefault(f, List.of()).size())
                .thenComparingInt(fields::position);
    }

    List<NextQuestion> ranked(Questions questions) {
        List<String> order = new ArrayList<>(policies.keySet());
        order.sort(order());
        return order.stream().map(f -> new NextQuestion(questions.get(f), policies.get(f))).toList();
    }
}
