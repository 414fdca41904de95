package sunshine.app.match;

import java.util.ArrayList;
import java.util.List;
import sunshine.app.match.ResultsView.AnswerLine;
import sunshine.index.match.Question;

/** The answers a run was matched with, as “户籍：本市” lines in question order, for “根据这些情况”. */
final class AnswerLines {
    private AnswerLines() {
    }

    static List<AnswerLine> of(MatchRun run) {
        List<AnswerLine> out = new ArrayList<>();
        out.add(new AnswerLine("为谁查询", run.input().who().family() ? "为家人查" : "为自己查"));
        for (Question q : run.questions().all()) {
            String v = run.answers().get(q.field());
            if (v != null && !q.multiple()) {
                out.add(new AnswerLine(q.label(), shown(q, v)));
            }
        }
        if (!run.needs().isEmpty()) {
            out.add(new AnswerLine("想要的帮助", String.join("、", run.needs())));
        }
        return out;
    }

    private static String shown(Question q, String v) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "出生日期 " + v;
        }
        if (v.matches("\\d+") && q.unit() != null) {
            return v + " " + q.unit();
        }
        return v;
    }
}
