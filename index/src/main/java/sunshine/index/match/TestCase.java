package sunshine.index.match;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A test case shipped beside a policy's rules ({@code tests:} in its front matter): a profile and the answer the
 * rules must give. {@code on} is the day it is judged on (it matters only for birth dates); null means the day the
 * policy took effect, so a case gives the same answer whenever it runs.
 */
public record TestCase(String name, Profile profile, Answer expect, LocalDate on, int line) {

    /** What the rules answer for this case. */
    public Answer run(PolicyRules rules) {
        return Answer.of(outcome(rules).verdict());
    }

    /** The conditions not met or not known for this case, in words, to explain a failing case. */
    public String explain(PolicyRules rules) {
        return ReasonWriter.forPolicy(outcome(rules)).stream()
                .flatMap(r -> java.util.stream.Stream.concat(r.leaves(Verdict.FAILED).stream(), r.leaves(Verdict.UNKNOWN).stream()))
                .map(Reason::text).collect(Collectors.collectingAndThen(Collectors.joining("；"),
                        s -> s.isEmpty() ? "全部条件都满足" : s));
    }

    private Outcome outcome(PolicyRules rules) {
        LocalDate day = on != null ? on : rules.policy().effectiveFrom();
        return Evaluator.evaluate(rules.eligibility(), profile.factsOn(day));
    }
}
