package sunshine.app.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.app.match.FieldView.Choice;
import sunshine.index.match.ProfileParser.FieldError;
import sunshine.index.match.Question;
import sunshine.index.match.Questions;
import sunshine.index.match.Situation;

/**
 * The 政策找人 form (on /match and /desk): who it is for, the person's own words, the questions in groups, the
 * needs; with an error summary after a bad submit, or “我们理解为：…” after the words were read, when the form comes
 * back filled in from them so the person can correct it.
 *
 * @param hidden the answers as they stand, for the “对，查看结果” button of the confirming step
 */
public record FormView(
        String mode,
        String heading,
        Addressee who,
        List<Choice> forWhom,
        String text,
        String textRead,
        String textError,
        List<GroupView> groups,
        FieldView needs,
        boolean explain,
        List<ErrorLink> errors,
        List<UnderstoodLine> understood,
        List<String> notes,
        boolean confirming,
        List<FormValues.Hidden> hidden) {

    public record GroupView(String id, String heading, List<FieldView> fields) {
    }

    public record ErrorLink(String href, String message) {
    }

    /** One fact read from the words: 残疾类别：视力, from “盲人”. */
    public record UnderstoodLine(String shown, String words) {
    }

    static FormView of(String mode, Questions questions, FormValues values, List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field() == null ? "" : e.field(), e.message(), (a, b) -> a + " " + b));
        List<GroupView> groups = new ArrayList<>();
        List<String> order = new ArrayList<>(List.of("for", "text"));
        List<ErrorLink> links = new ArrayList<>();
        for (QuestionGroups.Group g : QuestionGroups.of(questions)) {
            List<FieldView> fields = g.questions().stream().map(q -> FieldView.of(q, values, byField.get(q.field()))).toList();
            groups.add(new GroupView(g.id(), g.heading(), fields));
            fields.forEach(f -> order.add(f.field()));
        }
        Question needsQ = QuestionGroups.needs(questions);
        FieldView needs = needsQ == null ? null : FieldView.of(needsQ, values, byField.get(needsQ.field()));
        order.add(FormValues.NEEDS);
        Map<String, String> targets = new LinkedHashMap<>();
        groups.forEach(g -> g.fields().forEach(f -> targets.put(f.field(), f.errorTarget())));
        byField.keySet().stream().sorted(Comparator.comparingInt(f -> order.indexOf(f) < 0 ? order.size() : order.indexOf(f)))
                .forEach(f -> links.add(new ErrorLink("#" + targets.getOrDefault(f, f.isEmpty() ? "text" : f), byField.get(f))));
        Addressee who = Addressee.of(values.first("for")) == null ? Addressee.SELF : Addressee.of(values.first("for"));
        List<Choice> forWhom = List.of(new Choice("for", "self", "为自己查", who == Addressee.SELF),
                new Choice("for-2", "family", "为家人查", who == Addressee.FAMILY));
        String heading = mode.equals("desk") ? "服务窗口快速查询" : "政策找人：看看" + who.who() + "能享受哪些政策";
        return new FormView(mode, heading, who, forWhom, nullToEmpty(values.first("text")), nullToEmpty(values.first("text_read")),
                byField.get("text"), groups, needs, "1".equals(values.first("explain")), links, List.of(), List.of(), false, List.of());
    }

    /** The form filled in from the words just read, with what was understood, for the person to check. */
    static FormView confirming(MatchRun run) {
        FormValues values = FormValues.of(run);
        FormView form = of("match", run.questions(), values, List.of());
        Situation s = run.situation();
        List<UnderstoodLine> lines = new ArrayList<>();
        s.facts().forEach(u -> lines.add(new UnderstoodLine(u.shown(), u.words())));
        s.needs().forEach(u -> lines.add(new UnderstoodLine(u.shown(), u.words())));
        return new FormView(form.mode, "请核对我们的理解", form.who, form.forWhom, form.text, form.textRead, null, form.groups,
                form.needs, form.explain, List.of(), lines, s.notes().stream().map(n -> n.text()).toList(), true, values.hidden());
    }

    /** The page name: “错误：” first when there are errors, so a screen reader hears it first. */
    public String title() {
        String name = mode.equals("desk") ? "服务窗口快速查询" : confirming ? "请核对：政策找人" : "政策找人";
        return errors.isEmpty() ? name : "错误：" + name;
    }

    public boolean desk() {
        return mode.equals("desk");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
