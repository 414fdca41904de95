package sunshine.index.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.content.Policy;

/** Writes one {@link PolicyAnswer} from an assessment: reasons, ordered open questions, conflicts, needs served. */
final class AnswerWriter {
    private final Questions questions;
    private final QuestionRanking ranking;
    private final Map<String, Policy> offered;
    private final Map<String, Set<String>> excludes;
    private final NeedsField needsField;
    private final Set<String> needs;

    AnswerWriter(Questions questions, QuestionRanking ranking, Map<String, Policy> offered,
                 Map<String, Set<String>> excludes, NeedsField needsField, Set<String> needs) {
        this.questions = questions;
        this.ranking = ranking;
        this.offered = offered;
        this.excludes = excludes;
        this.needsField = needsField;
        this.needs = needs;
    }

    PolicyAnswer write(Assessment a) {
        Policy p = a.policy();
        List<String> fields = new ArrayList<>(a.open().keySet());
        fields.sort(ranking.order());
        List<OpenQuestion> open = fields.stream()
                .map(f -> new OpenQuestion(questions.get(f), String.join("，", a.open().get(f)))).toList();
        return new PolicyAnswer(p.id(), p.title(), p.summary(), a.answer(), a.validity(), p.effectiveFrom(), p.effectiveTo(),
                ReasonWriter.forPolicy(a.outcome()), open, p.apply(), p.standard(), p.legalBasis(), p.noApplication(),
                p.noApplicationNote(), a.offered() ? conflicts(p) : List.of(), matchingNeeds(p), p.topics(), p.sample());
    }

    /** Offered policies this one excludes or is excluded by (either file may declare it). */
    private List<Conflict> conflicts(Policy p) {
        List<Conflict> out = new ArrayList<>();
        for (String other : excludes.getOrDefault(p.id(), Set.of())) {
            Policy q = offered.get(other);
            if (q != null) {
                out.add(new Conflict(q.id(), q.title(), "与《" + q.title() + "》不能同时享受"));
            }
        }
        return out;
    }

    /** The stated needs whose topics this policy has, in the order they were stated. */
    List<String> matchingNeeds(Policy p) {
        List<String> out = new ArrayList<>();
        for (String need : needs) {
            if (needsField.topics().getOrDefault(need, List.of()).stream().anyMatch(p.topics()::contains)) {
                out.add(need);
            }
        }
        return out;
    }
}
