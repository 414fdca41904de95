package sunshine.index.eval;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole evaluation as one Markdown document: how it was made (command, date, machine), the judged-set and
 * laws sections, timings, and how the figures compare with the pinned ones. Either section may be absent.
 */
public final class EvalReport {
    /** How the run was made, shown first so a pasted table always travels with its command. */
    public record Header(String command, ZonedDateTime at, long wallMillis) {
    }

    private final Header header;
    private final JudgedSetEvaluation.Result judged;
    private final LawsEvaluation.Result laws;
    private final Map<String, Double> expected;

    /** {@code judged} or {@code laws} may be null when that part was not run. */
    public EvalReport(Header header, JudgedSetEvaluation.Result judged, LawsEvaluation.Result laws, Map<String, Double> expected) {
        this.header = header;
        this.judged = judged;
        this.laws = laws;
        this.expected = expected;
    }

    /** Every figure of this run, keyed as in {@link PinnedFigures}. */
    public Map<String, Double> figures() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (judged != null) {
            out.putAll(JudgedSection.figures(judged));
        }
        if (laws != null) {
            out.putAll(LawsSection.figures(laws));
        }
        return out;
    }

    public List<PinnedFigures.Drift> drifts() {
        return PinnedFigures.check(expected, figures());
    }

    public String perQueryTsv() {
        return judged == null ? "" : JudgedSection.perQuery(judged);
    }

    public String markdown() {
        Runtime rt = Runtime.getRuntime();
        StringBuilder b = new StringBuilder("# 搜索质量评测 / Search quality evaluation\n\n");
        b.append("- Command: `").append(header.command()).append("`\n");
        b.append("- Date: ").append(header.at().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append('\n');
        b.append(String.format("- Machine: %d cores, Java %s, max heap %d MB; wall time %.1f s%n%n", rt.availableProcessors(),
                Runtime.version().feature(), rt.maxMemory() >> 20, header.wallMillis() / 1000.0));
        if (judged != null) {
            b.append(JudgedSection.render(judged));
        }
        if (laws != null) {
            b.append(LawsSection.render(laws));
        }
        return b.append(timings()).append(pins()).toString();
    }

    private String timings() {
        MarkdownTable t = new MarkdownTable("Set", "Configuration", ">Documents", ">Index build (s)", ">Queries", ">Querying (s)", ">ms / query");
        if (judged != null) {
            judged.runs().forEach(r -> row(t, "judged", r));
        }
        if (laws != null) {
            laws.runs().forEach(r -> row(t, "laws", r));
        }
        return "## Timings\n\nConfigurations are built and queried side by side, each index from one thread.\n\n" + t.render() + "\n";
    }

    private static void row(MarkdownTable t, String set, RunResult r) {
        t.row(set, r.config().key(), r.documents(), String.format("%.1f", r.buildMillis() / 1000.0), r.scores().size(),
                String.format("%.1f", r.queryMillis() / 1000.0), String.format("%.1f", (double) r.queryMillis() / Math.max(1, r.scores().size())));
    }

    private String pins() {
        List<String> sets = new ArrayList<>();
        if (judged != null) {
            sets.add(JudgedSection.set(judged));
        }
        if (laws != null) {
            sets.add(LawsSection.set(laws));
        }
        List<String> unpinned = sets.stream().filter(s -> !PinnedFigures.pinned(expected, s)).toList();
        List<PinnedFigures.Drift> drifts = drifts();
        StringBuilder b = new StringBuilder("## Pinned figures\n\n");
        if (!unpinned.isEmpty()) {
            b.append("Not pinned (no expected figures): ").append(String.join(", ", unpinned)).append(".\n\n");
        }
        if (drifts.isEmpty() && unpinned.size() < sets.size()) {
            b.append("Every pinned figure of the sets run matches `").append(PinnedFigures.RESOURCE).append("`.\n");
        } else if (!drifts.isEmpty()) {
            MarkdownTable t = new MarkdownTable("Figure", ">Pinned", ">This run");
            drifts.forEach(d -> t.row(d.key(), PinnedFigures.show(d.expected()), PinnedFigures.show(d.actual())));
            b.append("**").append(drifts.size()).append(" figures differ from `").append(PinnedFigures.RESOURCE)
                    .append("`.** If the change is intended, copy `target/eval/").append(PinnedFigures.RESOURCE)
                    .append("` over `index/src/main/resources/sunshine/index/eval/").append(PinnedFigures.RESOURCE)
                    .append("` in the same commit.\n\n").append(t.render());
        }
        return b.toString();
    }
}
