package sunshine.index.match;

import java.util.List;

/** Every policy's compiled rules and the profile fields they use: what content loading hands the matcher. */
public record RuleBook(ProfileFields fields, List<PolicyRules> policies) {
    public static final RuleBook EMPTY = new RuleBook(ProfileFields.EMPTY, List.of());

    public RuleBook {
        policies = List.copyOf(policies);
    }
}
