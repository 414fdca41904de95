package sunshine.app.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sunshine.index.build.ContentFingerprint;
import sunshine.index.content.ContentDocument;
import sunshine.index.perf.QueryMix;

/**
 * The in-process bench: indexing, search and (unless quick) scale. Besides its Markdown report it leaves what
 * the HTTP section of scripts/bench needs: the index in {@code <out>/serve-index} (stamped with the content
 * folder's fingerprint, so {@code portal serve} opens it as up to date instead of rebuilding), the query mixes
 * as URL paths for wrk and hey, and the two-thread in-process throughput the HTTP figures are compared with.
 */
public final class PerfBench {
    /** Law documents per scale level below "all of them". */
    private static final int[] LEVELS = {1_000, 10_000, 100_000};

    private final BenchOptions options;

    public PerfBench(BenchOptions options) {
        this.options = options;
    }

    /** Runs every section; returns the Markdown report (also written to {@code <out>/perf.md}). */
    public String run(String header) throws IOException {
        Path out = options.out();
        BenchCorpus corpus = BenchCorpus.load(options.content(), options.laws(), options.seed());
        List<ContentDocument> all = corpus.all();
        QueryMix mix = QueryMix.of(all, options.lecoqa(), options.seed());
        writePaths(out.resolve("keyword.paths"), mix.keywords());
        writePaths(out.resolve("question.paths"), mix.questions());
        StringBuilder md = new StringBuilder(header).append('\n').append("Documents: ").append(corpus.description)
                .append(". Queries: ").append(String.format("%,d keyword queries, %,d questions", mix.keywords().size(),
                        mix.questions().size())).append(" (see `PerfBench` and `QueryMix`).\n\n");
        Path serveIndex = out.resolve("serve-index");
        String fingerprint = ContentFingerprint.of(options.content());
        if (options.runs("indexing") || !java.nio.file.Files.exists(serveIndex)) {
            md.append(IndexingSection.run(all, corpus.content, corpus.area, serveIndex, fingerprint, out.resolve("scratch")));
        } else {
            md.append("## Indexing\n\nNot measured in this run: the index of an earlier run in ").append(serveIndex).append(" was reused.\n");
        }
        if (options.runs("match")) {
            md.append(matching());
        }
        if (options.runs("search")) {
            List<SearchRuns.Run> whole = SearchRuns.measure(serveIndex, corpus.vocabulary, mix, options.warmupMillis(),
                    options.measureMillis());
            md.append("\n## Search in process\n\n`SearchService.search` as the API calls it: the request parsed, the query "
                    + "built (folding, vocabulary, HanLP words, bigram phrases), top 10 with facets counted sideways and "
                    + "snippets. Each thread walks the mix from its own offset for ")
                    .append(options.measureMillis() / 1000).append(" s after a ").append(options.warmupMillis() / 1000)
                    .append(" s warm-up.\n\n").append(SearchRuns.table(whole, !options.quick()).render());
            if (!options.quick() && options.runs("scale")) {
                md.append(scale(corpus, mix, whole));
            }
            BenchFiles.write(out.resolve("inprocess.tsv"), String.format(Locale.ROOT, "keyword\t%.1f%nquestion\t%.1f%n",
                    SearchRuns.throughput(whole, "keyword", 2), SearchRuns.throughput(whole, "question", 2)));
        }
        if (!options.quick() && options.runs("semantic")) {
            md.append(SemanticSection.run(all, corpus.vocabulary, corpus.area, mix, options.vectorCache(), out, fingerprint,
                    options.warmupMillis(), options.measureMillis(), options.runs("indexing")));
        }
        BenchFiles.deleteTree(out.resolve("scratch"));
        BenchFiles.write(out.resolve("perf.md"), md.toString());
        return md.toString();
    }

    /** Issue #4's limit: one profile against every policy under 5 ms at p99, on one thread. */
    private String matching() {
        var loaded = new sunshine.index.content.ContentLoader(options.content()).load();
        var matcher = new sunshine.index.match.PolicyMatcher(loaded.rules());
        var l = sunshine.index.perf.MatchSpeed.run(matcher, 2_000, 20_000, options.seed());
        return String.format(Locale.ROOT, "%n## Policy matching%n%n`PolicyMatcher.match` for one random profile (about a "
                + "third of the answers 不清楚) against all %d policies, one thread, %,d profiles after "
                + "2,000 unmeasured: p50 %.3f ms, p99 %.3f ms (limit: p99 under 5 ms), max %.3f ms, %d errors.%n",
                loaded.rules().policies().size(), l.count(), l.p50Millis(), l.p99Millis(), l.maxMillis(), l.errors());
    }

    private String scale(BenchCorpus corpus, QueryMix mix, List<SearchRuns.Run> whole) throws IOException {
        List<SearchRuns.Run> runs = new ArrayList<>();
        for (int level : LEVELS) {
            Path dir = options.out().resolve("scratch").resolve("scale-" + level);
            IndexingSection.progress("building the %,d-article index", level);
            sunshine.index.perf.IndexingSpeed.measure(corpus.withLaws(level), 2, dir, "scale", corpus.area);
            runs.addAll(SearchRuns.measure(dir, corpus.vocabulary, mix, options.warmupMillis() / 2, options.scaleMillis()));
            BenchFiles.deleteTree(dir);
        }
        runs.addAll(whole);
        return "\n## Scale\n\nThe same mixes on indexes of the shipped content plus 1k, 10k, 100k and all law documents "
                + "(a seeded random sample, so each level mixes all laws); " + options.scaleMillis() / 1000
                + " s per run below the largest level. \"No result\" grows as the sample shrinks because the titles and "
                + "phrases are drawn from the whole corpus.\n\n" + SearchRuns.table(runs, false).render();
    }

    /** One {@code /api/search?q=…} path a line, URL-encoded, for wrk's Lua script and hey. */
    private static void writePaths(Path file, List<String> queries) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String q : queries) {
            b.append("/api/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('\n');
        }
        BenchFiles.write(file, b.toString());
    }
}
