package sunshine.app.match;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.PortalIndex;
import sunshine.index.content.DocType;
import sunshine.index.content.ServicePoint;
import sunshine.index.match.Fact;
import sunshine.index.match.MatchResult;
import sunshine.index.match.PolicyMatcher;
import sunshine.index.match.ProfileParser;
import sunshine.index.match.Questions;
import sunshine.index.match.Situation;

/**
 * 政策找人 for the pages and the API alike: reads the person's words (when new), merges them under the answers
 * given, parses, matches on today's date, and finds the service points of their 街镇. Nothing is stored or logged:
 * a run lives as long as the response that shows it.
 */
public final class MatchEngine {
    private final PortalIndex index;
    private final Clock clock;

    public MatchEngine(PortalIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /** The questions of the content now loaded. */
    public Questions questions() {
        return index.matcher().questions();
    }

    public MatchRun run(MatchInput input) throws IOException {
        PolicyMatcher matcher = index.matcher(); // one snapshot for the whole request, even across a reload
        Situation situation = input.readsText() ? matcher.reader().read(input.text()) : Situation.EMPTY;
        Set<String> needs = new LinkedHashSet<>(input.needs());
        needs.addAll(situation.needNames());
        Map<String, String> merged = merge(situation.answers(), input.answers());
        Map<String, String> withNeeds = new LinkedHashMap<>(merged);
        withNeeds.put(matcher.fields().needs().name(), String.join("、", needs));
        ProfileParser.Parsed parsed = matcher.parser().parse(withNeeds);
        List<ProfileParser.FieldError> errors = new ArrayList<>(input.errors());
        errors.addAll(parsed.errors());
        if (!errors.isEmpty()) {
            return new MatchRun(input, situation, merged, needs, errors, null, null, NearbyPoints.NONE, matcher.questions());
        }
        Map<String, String> answers = ProfileParser.toAnswers(parsed.profile(), matcher.fields());
        MatchResult result = matcher.match(parsed.profile(), LocalDate.now(clock), parsed.needs());
        String street = parsed.profile().fact("street").map(f -> f instanceof Fact.Known k ? String.valueOf(k.value()) : null)
                .orElse(null);
        NearbyPoints nearby = street == null ? NearbyPoints.NONE : NearbyPoints.in(street, servicePoints());
        return new MatchRun(input, situation, answers, parsed.needs(), List.of(), result, street, nearby, matcher.questions());
    }

    /** Words fill in what the answers leave unknown; an answer given in the form or API always wins. */
    private static Map<String, String> merge(Map<String, String> understood, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>(understood);
        given.forEach((field, value) -> {
            if (!out.containsKey(field) || !isUnknown(value)) {
                out.put(field, value);
            }
        });
        return out;
    }

    static boolean isUnknown(String value) {
        return value == null || value.isBlank() || value.strip().equals(ProfileParser.UNKNOWN);
    }

    private List<ServicePoint> servicePoints() throws IOException {
        return index.search().all(DocType.SERVICE).stream()
                .filter(ServicePoint.class::isInstance).map(ServicePoint.class::cast).toList();
    }
}
