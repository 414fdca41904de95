package sunshine.app.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import sunshine.app.match.FormView.UnderstoodLine;
import sunshine.app.web.ZhText;
import sunshine.index.match.MatchResult;
import sunshine.index.match.NextQuestion;
import sunshine.index.match.PolicySummary;

/**
 * The results page (/match and /desk): its h1 and title start with the count, then the groups 符合, 可能符合,
 * 尚未生效 and, only when asked, 不符合; the next questions as a small form that carries the answers so far in
 * hidden fields; what was answered; and for the desk the plain-text summary to copy.
 *
 * @param next the most decisive open questions, asked right on the page (/match only)
 */
public record ResultsView(
        String heading,
        String title,
        Addressee who,
        List<GroupResult> groups,
        boolean explain,
        boolean canExplain,
        int notMetCount,
        List<FieldView> next,
        int moreQuestions,
        List<FormValues.Hidden> hidden,
        List<FormValues.Hidden> hiddenBesideNext,
        List<AnswerLine> answered,
        List<UnderstoodLine> understood,
        List<String> notes,
        List<PolicySummary> notJudged,
        String street,
        String day,
        String copyText) {

    /** How many next questions are asked on the results page; the rest are on the full form. */
    static final int NEXT_ASKED = 3;

    /** A group of policies: its h2 id and heading; {@code printed} ones make the printed checklist. */
    public record GroupResult(String id, String heading, String empty, boolean printed, boolean full, List<MatchedPolicy> policies) {
    }

    /** One answer as given: 户籍：本市. */
    public record AnswerLine(String label, String value) {
    }

    static ResultsView of(MatchRun run, String mode) {
        MatchResult r = run.result();
        Addressee who = run.input().who();
        NearbyPoints near = run.nearby();
        boolean explain = run.input().explain();
        List<GroupResult> groups = new ArrayList<>();
        groups.add(group("met", "符合", r.met(), "暂时没有全部条件都符合的政策。", true, true, who, near));
        groups.add(group("maybe", "可能符合", r.maybe(), "没有可能符合的政策。", true, true, who, near));
        if (!r.upcoming().isEmpty()) {
            groups.add(group("upcoming", "尚未生效", r.upcoming(), "", false, true, who, near));
        }
        if (explain) {
            groups.add(group("not-met", "不符合", r.notMet(), "没有不符合的政策。", false, false, who, near));
        }
        FormValues values = FormValues.of(run);
        List<NextQuestion> asked = r.questions().stream().limit(NEXT_ASKED).toList();
        Set<String> askedFields = Set.copyOf(asked.stream().map(n -> n.question().field()).toList());
        List<FieldView> next = mode.equals("desk") ? List.of()
                : asked.stream().map(n -> FieldView.of(n.question(), values, null)).toList();
        int count = r.met().size() + r.maybe().size();
        String heading = count == 0 ? "暂时没有找到" + who.who() + "能享受的政策"
                : r.met().size() + " 项政策符合，" + r.maybe().size() + " 项可能符合";
        String title = r.met().size() + " 项符合、" + r.maybe().size() + " 项可能符合：" + (mode.equals("desk") ? "快速查询结果" : "政策找人结果");
        List<UnderstoodLine> understood = new ArrayList<>();
        run.situation().facts().forEach(u -> understood.add(new UnderstoodLine(u.shown(), u.words())));
        run.situation().needs().forEach(u -> understood.add(new UnderstoodLine(u.shown(), u.words())));
        return new ResultsView(heading, title, who, groups, explain, !explain && !r.notMet().isEmpty(), r.notMet().size(), next,
                Math.max(0, r.questions().size() - next.size()), values.hidden(), values.hidden(askedFields),
                AnswerLines.of(run), understood, run.situation().notes().stream().map(n -> n.text()).toList(),
                r.unassessed(), run.street(), ZhText.date(r.day()), mode.equals("desk") ? PlainTextSummary.of(run) : "");
    }

    private static GroupResult group(String id, String name, List<sunshine.index.match.PolicyAnswer> answers, String empty,
                                     boolean printed, boolean full, Addressee who, NearbyPoints near) {
        String heading = name + "（" + answers.size() + " 项）";
        return new GroupResult(id, heading, empty, printed, full, answers.stream().map(a -> MatchedPolicy.of(a, who, near)).toList());
    }

    public boolean hasQuestions() {
        return !next.isEmpty() || moreQuestions > 0;
    }
}
