package sunshine.index.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds conditions of one {@code all} (with any {@code all} nested in it) that no one can meet together, such as
 * {@code at_least: 60} and {@code at_most: 18} on one field, or {@code equals: 一级} and {@code equals: 三级}.
 * Such a rule is surely a typing mistake, and would silently exclude everyone.
 */
final class ImpossibleCheck {
    private ImpossibleCheck() {
    }

    record Found(int line, String message) {
    }

    static Found find(List<Condition> parts, List<Integer> lines) {
        Map<String, Bounds> byField = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (Condition.Leaf leaf : leaves(parts.get(i), new ArrayList<>())) {
                Bounds b = byField.computeIfAbsent(leaf.field().name(), k -> new Bounds(leaf.field()));
                b.add(leaf);
                if (b.impossible()) {
                    return new Found(lines.get(i), b.message());
                }
            }
        }
        return null;
    }

    /** The leaves that must all hold: direct ones and those of nested {@code all}s, not through any/not. */
    private static List<Condition.Leaf> leaves(Condition c, List<Condition.Leaf> out) {
        if (c instanceof Condition.Leaf leaf) {
            out.add(leaf);
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> leaves(p, out));
        }
        return out;
    }

    /** What the conditions seen so far allow for one field. */
    private static final class Bounds {
        private final ProfileField field;
        private final List<Condition.Leaf> seen = new ArrayList<>();
        private long lo = Long.MIN_VALUE;
        private long hi = Long.MAX_VALUE;
        private Set<Object> allowed;
        private Boolean present;
        private boolean presentClash;

        Bounds(ProfileField field) {
            this.field = field;
        }

        void add(Condition.Leaf leaf) {
            seen.add(leaf);
            switch (leaf) {
                case Condition.Equals e -> narrow(Set.of(e.value()));
                case Condition.OneOf o -> narrow(new HashSet<>(o.values()));
                case Condition.AtLeast a -> lo = Math.max(lo, a.bound());
                case Condition.AtMost a -> hi = Math.min(hi, a.bound());
                case Condition.Present p -> {
                    presentClash |= present != null && present != p.present();
                    present = p.present();
                }
            }
        }

        private void narrow(Set<Object> values) {
            if (allowed == null) {
                allowed = new HashSet<>(values);
            } else {
                allowed.retainAll(values);
            }
        }

        boolean impossible() {
            if (presentClash || lo > hi) {
                return true;
            }
            if (allowed != null && allowed.stream().noneMatch(v -> !(v instanceof Long n) || n >= lo && n <= hi)) {
                return true;
            }
            // "Does not apply" fails every comparison, so present: false cannot go with one.
            boolean comparesValue = allowed != null || lo != Long.MIN_VALUE || hi != Long.MAX_VALUE;
            return Boolean.FALSE.equals(present) && comparesValue;
        }

        String message() {
            return "同一个 all 里对" + field.named() + "的要求互相矛盾："
                    + seen.stream().map(l -> "“" + Phrases.requirement(l, false) + "”").collect(Collectors.joining("和"))
                    + "不可能同时满足，这条政策就没有人能符合。";
        }
    }
}
