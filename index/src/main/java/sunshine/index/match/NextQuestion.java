package sunshine.index.match;

import java.util.List;

/** A question worth asking next, with the policies (ids) whose answer it would help settle, most decisive first. */
public record NextQuestion(Question question, List<String> policyIds) {
    public NextQuestion {
        policyIds = List.copyOf(policyIds);
    }
}
