package sunshine.index.match;

import java.util.List;

/** Turns an evaluated rule into {@link Reason}s in plain Chinese, one per condition. */
final class ReasonWriter {
    private ReasonWriter() {
    }

    /** The reasons for a whole policy: the parts of a top-level {@code all}, else the one rule. */
    static List<Reason> forPolicy(Outcome root) {
        if (root.condition() instanceof Condition.All) {
            return root.parts().stream().map(ReasonWriter::write).toList();
        }
        return List.of(write(root));
    }

    static Reason write(Outcome o) {
        return switch (o.condition()) {
            case Condition.Leaf leaf -> leaf(leaf, o.verdict(), o.fact(), false);
            case Condition.Not not when not.part() instanceof Condition.Leaf leaf ->
                    leaf(leaf, o.verdict(), o.parts().get(0).fact(), true);
            case Condition.Not not -> group(o, "以下情况不能成立");
            case Condition.All all -> group(o, "以下条件需要同时满足");
            case Condition.Any any -> group(o, "以下条件满足一条即可");
        };
    }

    private static Reason group(Outcome o, String heading) {
        return new Reason(o.verdict(), heading + "（" + o.verdict().label() + "）", null,
                o.parts().stream().map(ReasonWriter::write).toList());
    }

    private static Reason leaf(Condition.Leaf leaf, Verdict v, Fact fact, boolean negated) {
        ProfileField f = leaf.field();
        String req = Phrases.requirement(leaf, negated);
        String text = switch (v) {
            case UNKNOWN -> Phrases.unknown(f) + "（需要是：" + req + "）";
            case MET -> Phrases.fact(f, fact) + "，符合“" + req + "”的要求";
            case FAILED -> Phrases.fact(f, fact) + "，不符合“" + req + "”的要求";
        };
        return new Reason(v, text, f.name(), List.of());
    }
}
