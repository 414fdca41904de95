package sunshine.index.match;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a resident told us, typed: field name → {@link Fact}; a field that is absent is unknown. Built by
 * {@link ProfileParser}, so past this point nothing re-checks strings. {@code toString} shows no facts, so a profile
 * that ends up in a log line or an exception reveals nothing about the person.
 */
public record Profile(Map<String, Fact> facts) {
    public static final Profile EMPTY = new Profile(Map.of());

    public Profile {
        facts = Map.copyOf(facts);
    }

    public Optional<Fact> fact(String field) {
        return Optional.ofNullable(facts.get(field));
    }

    /** The facts as they stand on {@code day}: a birth date becomes an age; a birth date after that day is unknown. */
    public Map<String, Fact> factsOn(LocalDate day) {
        Map<String, Fact> out = new HashMap<>(facts);
        facts.forEach((field, fact) -> {
            if (fact instanceof Fact.BornOn b) {
                if (b.date().isAfter(day)) {
                    out.remove(field);
                } else {
                    out.put(field, new Fact.Known((long) Period.between(b.date(), day).getYears()));
                }
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return "Profile[" + facts.size() + " facts]";
    }
}
