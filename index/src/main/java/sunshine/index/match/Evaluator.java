package sunshine.index.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a compiled condition against a profile's facts, three-valued: {@code all} fails if any part fails, else
 * is unknown if any is unknown, else met; {@code any} is met if any part is met, else unknown if any is unknown, else
 * failed; {@code not} swaps met and failed and keeps unknown.
 */
final class Evaluator {
    private Evaluator() {
    }

    static Outcome evaluate(Condition c, Map<String, Fact> facts) {
        return switch (c) {
            case Condition.Leaf leaf -> {
                Fact fact = facts.get(leaf.field().name());
                yield new Outcome(c, leaf(leaf, fact), fact, List.of());
            }
            case Condition.All all -> group(c, all.parts(), facts, Verdict.FAILED, Verdict.MET);
            case Condition.Any any -> group(c, any.parts(), facts, Verdict.MET, Verdict.FAILED);
            case Condition.Not not -> {
                Outcome inner = evaluate(not.part(), facts);
                yield new Outcome(c, inner.verdict().not(), null, List.of(inner));
            }
        };
    }

    /** {@code decisive} wins as soon as one part has it; otherwise unknown beats {@code otherwise}. */
    private static Outcome group(Condition c, List<Condition> parts, Map<String, Fact> facts, Verdict decisive, Verdict otherwise) {
        List<Outcome> out = new ArrayList<>(parts.size());
        boolean decided = false;
        boolean unknown = false;
        for (Condition p : parts) {
            Outcome o = evaluate(p, facts);
            out.add(o);
            decided |= o.verdict() == decisive;
            unknown |= o.verdict() == Verdict.UNKNOWN;
        }
        Verdict v = decided ? decisive : unknown ? Verdict.UNKNOWN : otherwise;
        return new Outcome(c, v, null, out);
    }

    private static Verdict leaf(Condition.Leaf leaf, Fact fact) {
        if (fact == null || fact instanceof Fact.BornOn) {
            return Verdict.UNKNOWN;
        }
        if (fact instanceof Fact.NotApplicable) {
            // "Does not apply" fails every comparison and answers present: false.
            return leaf instanceof Condition.Present p && !p.present() ? Verdict.MET : Verdict.FAILED;
        }
        Object v = ((Fact.Known) fact).value();
        boolean met = switch (leaf) {
            case Condition.Equals e -> e.value().equals(v);
            case Condition.OneOf o -> o.values().contains(v);
            case Condition.AtLeast a -> v instanceof Long n && n >= a.bound();
            case Condition.AtMost a -> v instanceof Long n && n <= a.bound();
            case Condition.Present p -> p.present();
        };
        return met ? Verdict.MET : Verdict.FAILED;
    }
}
