package sunshine.app.match;

import java.time.LocalDate;
import java.util.List;
import sunshine.index.content.DocType;
import sunshine.index.content.HowToApply;
import sunshine.index.content.LegalBasis;
import sunshine.index.match.Conflict;
import sunshine.index.match.PolicyAnswer;
import sunshine.index.match.Reason;

/**
 * One policy's answer as JSON. {@code answer} is 符合, 可能符合 or 不符合 (as in content test cases); each reason
 * has a {@code verdict} of 符合, 不符合 or 还不知道 and, for a group of conditions, its {@code parts}.
 */
public record PolicyJson(
        String id,
        String title,
        String url,
        String summary,
        String answer,
        String status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<ReasonJson> reasons,
        List<OpenJson> openQuestions,
        HowToApply apply,
        String standard,
        List<LegalBasis> legalBasis,
        boolean noApplication,
        String noApplicationNote,
        List<Conflict> conflicts,
        List<String> matchingNeeds,
        List<PointJson> servicePoints,
        boolean sample) {

    /** Why a condition is met, not met or not known yet; a group's text heads its parts. */
    public record ReasonJson(String verdict, String text, String field, List<ReasonJson> parts) {
        static ReasonJson of(Reason r, Addressee who) {
            return new ReasonJson(r.verdict().label(), who.say(r.text()), r.field(),
                    r.parts().stream().map(p -> of(p, who)).toList());
        }
    }

    /** A question that would settle this policy, and what the policy needs: 需要是：低保或低收入. */
    public record OpenJson(String field, String label, String needed) {
    }

    static PolicyJson of(PolicyAnswer a, Addressee who, NearbyPoints nearby) {
        String where = a.apply() == null ? null : a.apply().where();
        return new PolicyJson(a.id(), a.title(), DocType.POLICY.pagePath(a.id()), a.summary(), a.answer().label(),
                a.validity().label(), a.effectiveFrom(), a.effectiveTo(),
                a.reasons().stream().map(r -> ReasonJson.of(r, who)).toList(),
                a.openQuestions().stream().map(o -> new OpenJson(o.question().field(), o.question().label(), o.needed())).toList(),
                a.apply(), a.standard(), a.legalBasis(), a.noApplication(), a.noApplicationText(), a.conflicts(),
                a.matchingNeeds(), PointJson.of(nearby.forPlace(where)), a.sample());
    }

    static List<PolicyJson> of(List<PolicyAnswer> answers, Addressee who, NearbyPoints nearby) {
        return answers.stream().map(a -> of(a, who, nearby)).toList();
    }
}
