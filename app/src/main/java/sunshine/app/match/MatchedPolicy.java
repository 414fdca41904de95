package sunshine.app.match;

import java.util.List;
import sunshine.app.web.ZhText;
import sunshine.index.content.DocType;
import sunshine.index.content.HowToApply;
import sunshine.index.content.LegalBasis;
import sunshine.index.content.ServicePoint;
import sunshine.index.match.Answer;
import sunshine.index.match.OpenQuestion;
import sunshine.index.match.PolicyAnswer;
import sunshine.index.match.Reason;
import sunshine.index.match.Validity;

/**
 * One policy on the results page: the answer in words, each condition as 符合 / 不符合 / 还不知道 (words, never a
 * colour or symbol alone), what is still to be confirmed, how to apply, the standard, the legal basis, 免申即享,
 * conflicts, and the service points of the person's 街镇 that fit where it is applied for.
 */
public record MatchedPolicy(
        String id,
        String title,
        String url,
        String summary,
        String answer,
        String conclusion,
        List<ReasonView> reasons,
        List<String> open,
        HowToApply apply,
        String standard,
        List<LegalBasis> legalBasis,
        String noApplication,
        List<String> conflicts,
        List<ServicePoint> points,
        List<String> matchingNeeds,
        boolean sample) {

    /** One condition: {@code kind} is met, failed or unknown (for CSS); {@code verdict} says it in words. */
    public record ReasonView(String kind, String verdict, String text, List<ReasonView> parts) {
        static ReasonView of(Reason r, Addressee who) {
            String kind = switch (r.verdict()) {
                case MET -> "met";
                case FAILED -> "failed";
                case UNKNOWN -> "unknown";
            };
            return new ReasonView(kind, r.verdict().label(), who.say(r.text()), r.parts().stream().map(p -> of(p, who)).toList());
        }
    }

    static MatchedPolicy of(PolicyAnswer a, Addressee who, NearbyPoints nearby) {
        List<ServicePoint> points = nearby.forPlace(a.apply() == null ? null : a.apply().where());
        return new MatchedPolicy(a.id(), a.title(), DocType.POLICY.pagePath(a.id()), a.summary(), a.answer().label(),
                conclusion(a), a.reasons().stream().map(r -> ReasonView.of(r, who)).toList(),
                a.openQuestions().stream().map(MatchedPolicy::open).toList(), a.apply(), a.standard(), a.legalBasis(),
                a.noApplicationText(), a.conflicts().stream().map(c -> c.text()).toList(), points, a.matchingNeeds(), a.sample());
    }

    /** 结论：可能符合，还需要确认 2 件事。 */
    static String conclusion(PolicyAnswer a) {
        String s = "结论：" + a.answer().label();
        if (a.answer() == Answer.MAYBE) {
            s += "，还需要确认 " + a.openQuestions().size() + " 件事";
        }
        if (a.validity() == Validity.UPCOMING) {
            s += "。这项政策尚未生效，" + ZhText.date(a.effectiveFrom()) + "起施行";
        }
        return s + "。";
    }

    /** 还需要确认：家庭经济状况（要求：低保或低收入） */
    static String open(OpenQuestion o) {
        String needed = o.needed().startsWith("不能是") ? o.needed() : "要求：" + o.needed();
        return "还需要确认：" + o.question().label() + "（" + needed + "）";
    }

    /** The first phone of the nearest point, else null: the one number a checklist needs. */
    public String phone() {
        return points.stream().flatMap(p -> p.phones().stream()).findFirst().orElse(null);
    }
}
