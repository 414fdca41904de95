package sunshine.app.match;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.match.MatchResult;
import sunshine.index.match.ProfileParser.FieldError;
import sunshine.index.match.Questions;
import sunshine.index.match.Situation;

/**
 * One 政策找人 request, done: what came in, what was read from the words, the answers it was matched with (as
 * form values, to carry in hidden fields or fill the form again), and the result, or the errors instead.
 *
 * @param answers field → answer; after errors the merged raw answers, else the parsed profile written back
 * @param result  null when there are errors
 * @param street  the 街镇 answered, or null
 */
public record MatchRun(
        MatchInput input,
        Situation situation,
        Map<String, String> answers,
        Set<String> needs,
        List<FieldError> errors,
        MatchResult result,
        String street,
        NearbyPoints nearby,
        Questions questions) {

    public MatchRun {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers)); // in question order
        needs = Collections.unmodifiableSet(new LinkedHashSet<>(needs)); // in the order stated
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Counts only: never the person's answers. */
    @Override
    public String toString() {
        return "MatchRun[" + answers.size() + " answers, " + errors.size() + " errors, " + result + "]";
    }
}
