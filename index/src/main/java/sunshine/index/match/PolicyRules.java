package sunshine.index.match;

import java.util.List;
import sunshine.index.content.Policy;

/**
 * A policy with its compiled rules and test cases. {@code eligibility} is null when the policy has no rules, or
 * when they were broken and dropped (the problem is reported; the policy is still served as a document).
 */
public record PolicyRules(Policy policy, Condition eligibility, List<TestCase> tests) {
    public PolicyRules {
        tests = List.copyOf(tests);
    }

    public boolean hasRules() {
        return eligibility != null;
    }
}
