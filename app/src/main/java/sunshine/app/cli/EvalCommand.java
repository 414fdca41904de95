package sunshine.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sunshine.index.content.ContentLoader;
import sunshine.index.eval.EvalReport;
import sunshine.index.eval.Evaluator;
import sunshine.index.eval.JudgedQuery;
import sunshine.index.eval.JudgedSet;
import sunshine.index.eval.JudgedSetEvaluation;
import sunshine.index.eval.LawsEvaluation;
import sunshine.index.eval.PinnedFigures;

/**
 * Search-quality evaluation: the judged set over content/ and LeCoQA questions over the laws corpus, each under the
 * portal's search and plain-analyzer baselines. Prints a Markdown report and writes it (with per-query scores and
 * the figures to pin) to {@code --out}. Exit 0: ran and every pinned figure holds; 1: ran, but a figure drifted or a
 * judged id is missing from content; 2: could not run (bad option, missing file).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure search quality (nDCG@10, MRR, recall) of the portal against plain Lucene analyzers.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--content", defaultValue = "${env:PORTAL_CONTENT:-content}",
            description = "content folder (env PORTAL_CONTENT, default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--judged", description = "judged query set (TSV, see the bundled one; default: the bundled set)")
    Path judged;

    @Option(names = "--corpora", defaultValue = "../shared/corpora",
            description = "folder of the shared corpora, read in place (default: ${DEFAULT-VALUE})")
    Path corpora;

    @Option(names = "--lecoqa", description = "questions in LeCoQA format (default: <corpora>/lecoqa-train.jsonl.gz)")
    Path lecoqa;

    @Option(names = "--laws", description = "laws corpus (default: <corpora>/laws.jsonl.gz)")
    Path laws;

    @Option(names = "--skip-laws", description = "only the judged set (seconds instead of minutes)")
    boolean skipLaws;

    @Option(names = "--out", defaultValue = "target/eval", description = "where to write the report (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--vector-cache", defaultValue = "${env:PORTAL_VECTOR_CACHE:-target/vector-cache}",
            description = "document vectors computed before (kept between runs: the laws corpus takes minutes to embed); "
                    + "env PORTAL_VECTOR_CACHE, default: ${DEFAULT-VALUE}. PORTAL_SEMANTIC=off skips the semantic configurations")
    Path vectorCache;

    @Option(names = "--threads", defaultValue = "0", description = "configurations run side by side, 0 = one per core")
    int threads;

    @Override
    public Integer call() throws IOException {
        Path lawsFile = laws != null ? laws : corpora.resolve("laws.jsonl.gz");
        Path questions = lecoqa != null ? lecoqa : corpora.resolve("lecoqa-train.jsonl.gz");
        for (Path p : skipLaws ? List.of(content) : List.of(content, lawsFile, questions)) {
            if (!Files.exists(p)) {
                return cannotRun(p + " does not exist" + (skipLaws ? "" : " (pass --laws/--lecoqa, or --skip-laws)"));
            }
        }
        List<JudgedQuery> queries;
        try {
            queries = judged == null ? JudgedSet.bundled() : JudgedSet.read(judged);
        } catch (IOException | IllegalArgumentException e) {
            return cannotRun(e.getMessage());
        }
        long start = System.nanoTime();
        ZonedDateTime startedAt = ZonedDateTime.now();
        Path temp = Files.createTempDirectory("sunshine-eval-");
        EvalReport report;
        JudgedSetEvaluation.Result j;
        try {
            ContentLoader.Result loaded = new ContentLoader(content).load();
            System.err.printf("评测 / eval: %d documents from %s, %d judged queries%n", loaded.documents().size(), content, queries.size());
            Evaluator evaluator = new Evaluator(temp, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), System.err::println)
                    .withVectorCache(vectorCache);
            j = JudgedSetEvaluation.run(loaded, queries, judged == null ? JudgedSet.BUNDLED : judged.getFileName().toString(), evaluator);
            LawsEvaluation.Result l = skipLaws ? null : LawsEvaluation.run(lawsFile, questions, loaded.vocabulary(), loaded.lists().area(), evaluator);
            report = new EvalReport(new EvalReport.Header(command(), startedAt, (System.nanoTime() - start) / 1_000_000),
                    j, l, PinnedFigures.bundled());
        } catch (IOException | UncheckedIOException e) {
            return cannotRun("could not read the corpora or write an index: " + e.getMessage());
        } finally {
            deleteTree(temp);
        }
        if (!j.missingIds().isEmpty()) {
            System.err.println("评测集里有内容中不存在的编号 / judged ids missing from content: " + j.missingIds());
        }
        String markdown = report.markdown();
        System.out.print(markdown);
        write(out.resolve("report.md"), markdown);
        write(out.resolve("judged-per-query.tsv"), report.perQueryTsv());
        write(out.resolve(PinnedFigures.RESOURCE), PinnedFigures.format(report.figures()));
        System.err.println("报告 / report: " + out.resolve("report.md").toAbsolutePath());
        boolean drifted = !report.drifts().isEmpty();
        if (drifted) {
            System.err.println("有数字偏离了固定值 / pinned figures drifted: see the end of the report.");
        }
        return drifted || !j.missingIds().isEmpty() ? 1 : 0;
    }

    /** The command as typed, for the report's header. */
    private String command() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return "portal " + (args.isEmpty() || !args.get(0).equals("eval") ? "eval " : "") + String.join(" ", args);
    }

    /** Exit 2: the evaluation could not run at all. */
    private Integer cannotRun(String message) {
        System.err.println("错误 / error: " + message);
        return 2;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
