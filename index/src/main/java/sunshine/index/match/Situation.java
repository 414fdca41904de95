package sunshine.index.match;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link SituationReader} understood from a sentence: facts and stated needs (each with the words it came
 * from), and notes for what it heard but could not settle. Nothing here is decided for the person: a page shows it
 * as “我们理解为：…” and lets them correct it. {@code toString} reveals nothing, so it is safe near logs.
 */
public record Situation(List<Understood> facts, List<Understood> needs, List<SituationNote> notes) {
    public static final Situation EMPTY = new Situation(List.of(), List.of(), List.of());

    public Situation {
        facts = List.copyOf(facts);
        needs = List.copyOf(needs);
        notes = List.copyOf(notes);
    }

    /** The facts as form answers (field → value), ready for {@link ProfileParser#parse}. */
    public Map<String, String> answers() {
        Map<String, String> out = new LinkedHashMap<>();
        facts.forEach(u -> out.put(u.field(), u.value()));
        return out;
    }

    /** The stated needs, in the order they were said. */
    public Set<String> needNames() {
        Set<String> out = new LinkedHashSet<>();
        needs.forEach(u -> out.add(u.value()));
        return out;
    }

    @Override
    public String toString() {
        return "Situation[" + facts.size() + " facts, " + needs.size() + " needs, " + notes.size() + " notes]";
    }
}
