package sunshine.index.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile matched against every policy on {@code day}, grouped. Policies in force go to {@code met},
 * {@code maybe} or {@code notMet}; not yet in force to {@code upcoming} (unless clearly not met, then
 * {@code notMet}, marked 尚未生效); expired ones only to {@code expired}, which a page may leave out. {@code questions}
 * are the open questions over all 可能符合 policies, most decisive first.
 */
public record MatchResult(
        LocalDate day,
        List<PolicyAnswer> met,
        List<PolicyAnswer> maybe,
        List<PolicyAnswer> notMet,
        List<PolicyAnswer> upcoming,
        List<PolicyAnswer> expired,
        List<PolicySummary> unassessed,
        List<NextQuestion> questions) {

    public MatchResult {
        met = List.copyOf(met);
        maybe = List.copyOf(maybe);
        notMet = List.copyOf(notMet);
        upcoming = List.copyOf(upcoming);
        expired = List.copyOf(expired);
        unassessed = List.copyOf(unassessed);
        questions = List.copyOf(questions);
    }

    /** Counts only: the answers quote the person's facts. */
    @Override
    public String toString() {
        return "MatchResult[" + day + ": " + met.size() + " met, " + maybe.size() + " maybe, " + notMet.size() + " not met, "
                + upcoming.size() + " upcoming, " + expired.size() + " expired]";
    }

    /** 符合 then 可能符合: what the person may be able to get now. */
    public List<PolicyAnswer> offered() {
        List<PolicyAnswer> out = new ArrayList<>(met);
        out.addAll(maybe);
        return out;
    }

    /** The answer for one policy id, in any group, or null. */
    public PolicyAnswer find(String id) {
        for (List<PolicyAnswer> group : List.of(met, maybe, notMet, upcoming, expired)) {
            for (PolicyAnswer a : group) {
                if (a.id().equals(id)) {
                    return a;
                }
            }
        }
        return null;
    }
}
