package sunshine.index.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a condition is met, not met or not yet known, as a sentence: 您的残疾等级为二级，符合“一级或二级”的要求.
 * A group (any/all/not inside the rules) has a heading and its parts; a leaf names its {@code field}.
 */
public record Reason(Verdict verdict, String text, String field, List<Reason> parts) {
    public Reason {
        parts = List.copyOf(parts);
    }

    /** Reasons quote the person's facts, so they stay out of log lines. */
    @Override
    public String toString() {
        return "Reason[" + verdict + ", " + parts.size() + " parts]";
    }

    public boolean isGroup() {
        return !parts.isEmpty();
    }

    /** This reason's leaves with the given verdict, in rule order, e.g. everything not met. */
    public List<Reason> leaves(Verdict v) {
        List<Reason> out = new ArrayList<>();
        collect(v, out);
        return out;
    }

    private void collect(Verdict v, List<Reason> out) {
        if (!isGroup() && verdict == v) {
            out.add(this);
        }
        parts.forEach(p -> p.collect(v, out));
    }
}
