package sunshine.index.match;

import java.util.List;

/**
 * A condition evaluated against one profile: the verdict of every node, and for leaves the fact that decided it
 * (null when unknown). Reasons and open questions are read from this tree, so each rule is evaluated once.
 */
record Outcome(Condition condition, Verdict verdict, Fact fact, List<Outcome> parts) {
}
