package sunshine.index.eval;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sunshine.index.content.DocType;

/** The judged-set part of the report: headline table, nDCG@10 by kind of query, and the portal's worst queries. */
final class JudgedSection {
    static final List<Metric> METRICS = List.of(Metric.NDCG10, Metric.MRR10, Metric.RECALL20, Metric.ZERO);
    private static final int WORST = 20;

    private JudgedSection() {
    }

    static String set(JudgedSetEvaluation.Result r) {
        return "judged:" + r.source();
    }

    static Map<String, Double> figures(JudgedSetEvaluation.Result r) {
        return PinnedFigures.of(set(r), Map.of("documents", r.documentCount(), "queries", r.queries()), r.runs(), METRICS);
    }

    static String render(JudgedSetEvaluation.Result r) {
        StringBuilder b = new StringBuilder("## Judged set: the portal's content, residents' queries\n\n");
        b.append(String.format("`%s`: %d queries (%s), %d judgements. `content/`: %d documents (%s). "
                        + "Lists are read to depth %d.%n%n", r.source(), r.queries(), kinds(r), judgements(r),
                r.documentCount(), types(r), JudgedSetEvaluation.DEPTH));
        MarkdownTable t = new MarkdownTable("Configuration", ">nDCG@10", ">MRR@10", ">Recall@20", ">Zero results");
        r.runs().forEach(run -> t.row(run.config().label(), Metric.NDCG10.of(run), Metric.MRR10.of(run),
                Metric.RECALL20.of(run), Metric.ZERO.of(run)));
        b.append(t.render()).append("\nnDCG@10 uses gain 2^grade − 1. MRR@10 is the reciprocal rank of the first grade-3 "
                + "document (the page the person needs). Recall@20 counts every judged document (grades 1–3). "
                + "Zero results is the share of queries that returned nothing.\n\n");
        if (!r.missingIds().isEmpty()) {
            b.append("**Judged ids not found in content** (fix the judged set or the content): ")
                    .append(String.join(", ", r.missingIds())).append("\n\n");
        }
        return b.append(byKind(r)).append(worst(r)).toString();
    }

    private static String byKind(JudgedSetEvaluation.Result r) {
        String[] cols = new String[r.runs().size() + 2];
        cols[0] = "Kind of query";
        cols[1] = ">Queries";
        for (int i = 0; i < r.runs().size(); i++) {
            cols[i + 2] = ">" + r.runs().get(i).config().key();
        }
        MarkdownTable t = new MarkdownTable(cols);
        kindCounts(r).forEach((kind, n) -> {
            Object[] row = new Object[cols.length];
            row[0] = kind;
            row[1] = n;
            for (int i = 0; i < r.runs().size(); i++) {
                row[i + 2] = r.runs().get(i).mean(kind, QueryScore::ndcg10);
            }
            t.row(row);
        });
        return "### nDCG@10 by kind of query\n\nColumns: portal = the portal as served; portal-or = PortalAnalyzer under "
                + "the plain OR query; standard, cjk, smartcn = the Lucene analyzers.\n\n" + t.render() + "\n";
    }

    /** Lowest portal nDCG@10 first; among equals, those a baseline answers well first (the clearest to fix). */
    private static String worst(JudgedSetEvaluation.Result r) {
        RunResult portal = r.runs().stream().filter(x -> x.config().key().equals(Configuration.PORTAL)).findFirst().orElseThrow();
        List<RunResult> baselines = r.runs().stream().filter(x -> Configuration.BASELINES.contains(x.config().key())).toList();
        Comparator<QueryScore> order = Comparator.comparingDouble(QueryScore::ndcg10)
                .thenComparing(Comparator.comparingDouble((QueryScore s) -> best(baselines, s)).reversed());
        MarkdownTable t = new MarkdownTable("Query", "Kind", ">Portal nDCG@10", ">Best baseline", ">First grade-3 at",
                "Portal's top 3", "Grade-3 pages");
        portal.scores().stream().sorted(order).limit(WORST).forEach(s -> t.row(s.query().id() + " " + s.query().text(),
                s.query().kind(), s.ndcg10(), best(baselines, s), s.firstNeeded() == 0 ? "—" : s.firstNeeded(),
                s.top().isEmpty() ? "(no results)" : String.join(", ", s.top().subList(0, Math.min(3, s.top().size()))),
                String.join(", ", s.query().needed().stream().sorted().toList())));
        return "### Where the portal does worst\n\nThe " + WORST + " queries with the lowest portal nDCG@10 "
                + "(\"best baseline\" is the best nDCG@10 of StandardAnalyzer, CJKAnalyzer and SmartChineseAnalyzer "
                + "on the same query; \"first grade-3 at\" is the portal's rank of the first needed page within its "
                + JudgedSetEvaluation.DEPTH + " results). Per-query scores of every configuration are in "
                + "`judged-per-query.tsv` beside this report.\n\n" + t.render() + "\n";
    }

    private static double best(List<RunResult> baselines, QueryScore s) {
        return baselines.stream().mapToDouble(b -> b.score(s.query().id()).ndcg10()).max().orElse(0);
    }

    /** Tab-separated nDCG@10 and first-needed rank of every query under every configuration. */
    static String perQuery(JudgedSetEvaluation.Result r) {
        StringBuilder b = new StringBuilder("query\tkind\ttext");
        r.runs().forEach(run -> b.append('\t').append(run.config().key()).append("_ndcg10\t")
                .append(run.config().key()).append("_first3"));
        b.append('\n');
        for (QueryScore s : r.runs().get(0).scores()) {
            b.append(s.query().id()).append('\t').append(s.query().kind()).append('\t').append(s.query().text());
            for (RunResult run : r.runs()) {
                QueryScore q = run.score(s.query().id());
                b.append('\t').append(MarkdownTable.f3(q.ndcg10())).append('\t').append(q.firstNeeded());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static Map<String, Long> kindCounts(JudgedSetEvaluation.Result r) {
        return r.runs().get(0).scores().stream().collect(Collectors.groupingBy(s -> s.query().kind(),
                LinkedHashMap::new, Collectors.counting()));
    }

    private static String kinds(JudgedSetEvaluation.Result r) {
        return kindCounts(r).entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static int judgements(JudgedSetEvaluation.Result r) {
        return r.runs().get(0).scores().stream().mapToInt(s -> s.query().grades().size()).sum();
    }

    private static String types(JudgedSetEvaluation.Result r) {
        return r.documents().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + label(e.getKey())).collect(Collectors.joining(", "));
    }

    private static String label(DocType t) {
        return switch (t) {
            case POLICY -> "policies";
            case FAQ -> "FAQs";
            case NEWS -> "news items";
            case SERVICE -> "service points";
            case DOCUMENT -> "other files";
        };
    }
}
