package sunshine.app.match;

import java.util.List;
import java.util.Map;
import sunshine.index.match.ProfileParser.FieldError;

/**
 * One request to 政策找人 as read at the edge (a form or the JSON API), before the matcher parses the answers.
 *
 * @param answers  field → the answer as typed (an option, 是/否, a number, a birth date, 不清楚); needs not included
 * @param needs    the needs chosen from the list
 * @param text     the person's own words, or empty
 * @param textRead the words already read on an earlier step: when {@code text} equals it, it is not read again, so
 *                 a fact the person removed while correcting does not come back
 * @param who      whom the answers are about
 * @param explain  whether 不符合 policies are wanted too
 * @param errors   what could not be read at the edge (too long, a birth date and an age both given …)
 */
public record MatchInput(
        Map<String, String> answers,
        List<String> needs,
        String text,
        String textRead,
        Addressee who,
        boolean explain,
        List<FieldError> errors) {

    /** The longest description read; SituationReader reads no further either. */
    public static final int MAX_TEXT = 1000;

    public MatchInput {
        answers = Map.copyOf(answers);
        needs = List.copyOf(needs);
        text = text == null ? "" : text;
        textRead = textRead == null ? "" : textRead;
        errors = List.copyOf(errors);
    }

    /** Whether the words are new on this request and should be read into facts. */
    public boolean readsText() {
        return !text.isBlank() && !text.equals(textRead);
    }

    /** Counts only: the answers and words are the person's. */
    @Override
    public String toString() {
        return "MatchInput[" + answers.size() + " answers, " + needs.size() + " needs, " + errors.size() + " errors]";
    }
}
