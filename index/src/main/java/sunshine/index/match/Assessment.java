package sunshine.index.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.index.content.Policy;

/**
 * One policy's rules evaluated for one request, with its open fields: field → what the policy needs of it, only
 * for the unknowns that still matter (under unknown nodes), in rule order.
 */
record Assessment(PolicyRules rules, Validity validity, Outcome outcome, Map<String, List<String>> open) {

    static Assessment of(PolicyRules rules, Validity validity, Outcome outcome) {
        Map<String, List<String>> open = new LinkedHashMap<>();
        collect(outcome, "", open);
        return new Assessment(rules, validity, outcome, open);
    }

    Policy policy() {
        return rules.policy();
    }

    Answer answer() {
        return Answer.of(outcome.verdict());
    }

    /** In force and not ruled out: what the person may get now. */
    boolean offered() {
        return validity == Validity.IN_FORCE && answer() != Answer.NOT_MET;
    }

    /** A met or failed node is settled whatever the unknowns below it are, so only unknown nodes are walked. */
    private static void collect(Outcome o, String prefix, Map<String, List<String>> open) {
        if (o.verdict() != Verdict.UNKNOWN) {
            return;
        }
        switch (o.condition()) {
            case Condition.Leaf leaf -> add(open, leaf, prefix + Phrases.requirement(leaf, false));
            case Condition.Not not when not.part() instanceof Condition.Leaf leaf ->
                    add(open, leaf, prefix + Phrases.requirement(leaf, true));
            case Condition.Not not -> collect(o.parts().get(0), "不能是：", open);
            case Condition.All all -> o.parts().forEach(p -> collect(p, prefix, open));
            case Condition.Any any -> o.parts().forEach(p -> collect(p, prefix, open));
        }
    }

    private static void add(Map<String, List<String>> open, Condition.Leaf leaf, String needed) {
        open.computeIfAbsent(leaf.field().name(), k -> new ArrayList<>()).add(needed);
    }
}
