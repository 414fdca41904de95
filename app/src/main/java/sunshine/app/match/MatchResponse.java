package sunshine.app.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import sunshine.index.content.DocType;
import sunshine.index.match.MatchResult;
import sunshine.index.match.PolicySummary;

/**
 * The body of {@code POST /api/match}: what was understood from the words, the policies by group, the next most
 * decisive questions, and the service points of the person's 街镇. {@code groups.not_met} is there only when the
 * request asked for it ({@code "explain": true}); expired policies are left out.
 */
public record MatchResponse(
        LocalDate day,
        @JsonProperty("for") String forWhom,
        List<UnderstoodJson> understood,
        List<NoteJson> notes,
        List<String> needs,
        String street,
        List<PointJson> servicePoints,
        Groups groups,
        List<QuestionJson> questions,
        List<NotJudged> notJudged) {

    /** A fact read from the words: {@code value} as the API takes it, {@code shown} in words, {@code words} typed. */
    public record UnderstoodJson(String field, String value, String shown, String words) {
    }

    /** Something heard that settles nothing on its own (重度, 不是低保). */
    public record NoteJson(String words, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Groups(List<PolicyJson> met, List<PolicyJson> maybe, List<PolicyJson> notMet, List<PolicyJson> upcoming) {
    }

    /** A policy in force whose conditions are not written as rules: read it in full. */
    public record NotJudged(String id, String title, String url, String summary) {
    }

    static MatchResponse of(MatchRun run, boolean explain) {
        MatchResult r = run.result();
        Addressee who = run.input().who();
        NearbyPoints near = run.nearby();
        List<UnderstoodJson> understood = java.util.stream.Stream.concat(run.situation().facts().stream(), run.situation().needs().stream())
                .map(u -> new UnderstoodJson(u.field(), u.value(), u.shown(), u.words())).toList();
        Groups groups = new Groups(PolicyJson.of(r.met(), who, near), PolicyJson.of(r.maybe(), who, near),
                explain ? PolicyJson.of(r.notMet(), who, near) : null, PolicyJson.of(r.upcoming(), who, near));
        return new MatchResponse(r.day(), who.key(), understood,
                run.situation().notes().stream().map(n -> new NoteJson(n.words(), n.text())).toList(),
                List.copyOf(run.needs()), run.street(), PointJson.of(near.offices()), groups,
                r.questions().stream().map(QuestionJson::of).toList(),
                r.unassessed().stream().map(MatchResponse::notJudged).toList());
    }

    private static NotJudged notJudged(PolicySummary s) {
        return new NotJudged(s.id(), s.title(), DocType.POLICY.pagePath(s.id()), s.summary());
    }
}
