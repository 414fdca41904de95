package sunshine.app.match;

import java.util.ArrayList;
import java.util.List;
import sunshine.app.web.Site;
import sunshine.app.web.ZhText;
import sunshine.index.content.ServicePoint;
import sunshine.index.match.MatchResult;
import sunshine.index.match.OpenQuestion;
import sunshine.index.match.PolicyAnswer;
import sunshine.index.match.Verdict;

/**
 * The desk's “复制为文字”: the results as plain text that pastes cleanly into a chat message, one block per policy
 * (政策名 / 结论 / 原因 / 带什么材料 / 去哪里办 / 电话), no markup, ending with the line that the window decides.
 */
final class PlainTextSummary {
    static final String DISCLAIMER = "以上结果仅供参考，以办理窗口审核为准。";

    private PlainTextSummary() {
    }

    static String of(MatchRun run) {
        MatchResult r = run.result();
        List<String> blocks = new ArrayList<>();
        blocks.add("政策找人结果（" + ZhText.date(r.day()) + "）：" + r.met().size() + " 项符合，" + r.maybe().size() + " 项可能符合");
        List<PolicyAnswer> listed = new ArrayList<>(r.offered());
        if (run.input().explain()) {
            listed.addAll(r.notMet());
        }
        int n = 0;
        for (PolicyAnswer a : listed) {
            blocks.add(block(++n, a, run));
        }
        if (listed.isEmpty()) {
            blocks.add("暂时没有找到符合的政策。可以拨打 24 小时热线 " + Site.JIADING.hotline() + " 咨询。");
        }
        blocks.add(DISCLAIMER);
        return String.join("\n\n", blocks);
    }

    private static String block(int n, PolicyAnswer a, MatchRun run) {
        List<String> lines = new ArrayList<>();
        lines.add(n + ". " + a.title());
        lines.add("结论：" + a.answer().label());
        lines.add("原因：" + reason(a, run.input().who()));
        List<String> materials = a.apply() == null ? List.of() : a.apply().materials();
        if (a.noApplication()) {
            lines.add("带什么材料：不用申请（免申即享）");
        } else {
            lines.add("带什么材料：" + (materials.isEmpty() ? "请先电话咨询" : String.join("、", materials)));
        }
        String where = a.apply() == null ? "请先电话咨询" : a.apply().where();
        List<ServicePoint> points = run.nearby().forPlace(where);
        if (!points.isEmpty()) {
            where += "（就近服务点：" + points.get(0).name() + "，" + points.get(0).address() + "）";
        }
        lines.add("去哪里办：" + where);
        lines.add("电话：" + phone(a, points));
        return String.join("\n", lines);
    }

    /** One sentence: all met; what is still to confirm; or the first condition not met. */
    private static String reason(PolicyAnswer a, Addressee who) {
        return switch (a.answer()) {
            case MET -> a.reasons().size() == 1 ? who.say(a.reasons().get(0).text()) + "。" : "符合全部 " + a.reasons().size() + " 项条件。";
            case MAYBE -> "还需要确认" + String.join("、", a.openQuestions().stream().map(OpenQuestion::question)
                    .map(q -> q.label()).toList()) + "。";
            case NOT_MET -> a.reasons().stream().flatMap(x -> x.leaves(Verdict.FAILED).stream()).findFirst()
                    .map(x -> who.say(x.text()) + "。").orElse("有条件不符合。");
        };
    }

    private static String phone(PolicyAnswer a, List<ServicePoint> points) {
        List<String> parts = new ArrayList<>();
        points.stream().flatMap(p -> p.phones().stream()).findFirst().ifPresent(parts::add);
        if (a.apply() != null && a.apply().contact() != null && !a.apply().contact().isBlank()) {
            parts.add(a.apply().contact());
        }
        return parts.isEmpty() ? Site.JIADING.hotlineName() + " " + Site.JIADING.hotline() : String.join("；", parts);
    }
}
