package sunshine.index.eval;

import java.util.List;
import java.util.Map;

/** The laws part of the report: what was indexed and asked, and the headline table. */
final class LawsSection {
    static final List<Metric> METRICS = List.of(Metric.RECALL10, Metric.RECALL100, Metric.MRR10, Metric.NDCG10, Metric.ZERO);

    private LawsSection() {
    }

    static String set(LawsEvaluation.Result r) {
        return "laws:" + r.questionsFile().getFileName();
    }

    static Map<String, Double> figures(LawsEvaluation.Result r) {
        return PinnedFigures.of(set(r), Map.of("documents", r.corpus().documents().size(), "questions", r.questions(),
                "gold_missing", r.goldMissing()), r.runs(), METRICS);
    }

    static String render(LawsEvaluation.Result r) {
        StringBuilder b = new StringBuilder("## Laws: legal questions against every article\n\n");
        b.append(String.format("`%s`: %,d questions, %,d gold links to %,d distinct articles (%d not in the corpus, "
                        + "so unfindable by any configuration). `%s`: %,d texts → %,d documents (%,d articles + %d texts "
                        + "without 第N条, indexed whole). Title = law name + article number (Civil Code books: %s), body = "
                        + "article text. Every gold article is grade 1; lists are read to depth %d.%n%n",
                r.questionsFile().getFileName(), r.questions(), r.goldLinks(), r.goldArticles(), r.goldMissing(),
                r.lawsFile().getFileName(), r.corpus().laws(), r.corpus().documents().size(), r.corpus().articles(),
                r.corpus().wholeLaws(), LawCorpus.CIVIL_CODE, LawsEvaluation.DEPTH));
        MarkdownTable t = new MarkdownTable("Configuration", ">Recall@10", ">Recall@100", ">MRR@10", ">nDCG@10", ">Zero results");
        r.runs().forEach(run -> t.row(run.config().label(), Metric.RECALL10.of(run), Metric.RECALL100.of(run),
                Metric.MRR10.of(run), Metric.NDCG10.of(run), Metric.ZERO.of(run)));
        return b.append(t.render()).append("\nMRR@10 is the reciprocal rank of the first gold article. The portal "
                + "configuration searches these articles exactly as it searches content/ (its vocabulary included), "
                + "a question at a time through the search box, cut to its ")
                .append(sunshine.index.search.SearchRequest.MAX_TEXT).append(" characters.\n\n").toString();
    }
}
