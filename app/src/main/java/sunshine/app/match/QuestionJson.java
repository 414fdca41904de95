package sunshine.app.match;

import java.util.List;
import sunshine.index.match.NextQuestion;
import sunshine.index.match.ProfileParser;
import sunshine.index.match.Question;

/**
 * One question as JSON, enough for another client to build the form: choice and boolean questions offer
 * {@code options} (and always {@code unknown}, 不清楚); number questions take a whole number within min–max, or a
 * birth date when {@code accepts_birth_date}; {@code not_applicable} (when not null) is one more answer; the needs
 * question takes several options. {@code policies} (next questions only) are the ids it would help settle.
 */
public record QuestionJson(
        String field,
        String label,
        String type,
        List<String> options,
        String help,
        Long min,
        Long max,
        String unit,
        boolean acceptsBirthDate,
        String notApplicable,
        boolean multiple,
        String unknown,
        List<String> policies) {

    static QuestionJson of(Question q) {
        return new QuestionJson(q.field(), q.label(), q.type(), q.options(), q.help(), q.min(), q.max(), q.unit(),
                q.acceptsBirthDate(), q.notApplicable(), q.multiple(), ProfileParser.UNKNOWN, null);
    }

    static QuestionJson of(NextQuestion n) {
        Question q = n.question();
        return new QuestionJson(q.field(), q.label(), q.type(), q.options(), q.help(), q.min(), q.max(), q.unit(),
                q.acceptsBirthDate(), q.notApplicable(), q.multiple(), ProfileParser.UNKNOWN, n.policyIds());
    }

    /** The body of {@code GET /api/match/questions}. */
    public record All(List<QuestionJson> questions, String unknown) {
    }
}
