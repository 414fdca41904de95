package sunshine.index.match;

import java.util.List;

/** A policy in force whose conditions are not written as rules yet (or were dropped as broken): read its text. */
public record PolicySummary(String id, String title, String summary, List<String> matchingNeeds) {
    public PolicySummary {
        matchingNeeds = List.copyOf(matchingNeeds);
    }
}
