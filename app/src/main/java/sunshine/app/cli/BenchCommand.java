package sunshine.app.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sunshine.app.bench.BenchOptions;
import sunshine.app.bench.PerfBench;

/**
 * The in-process part of {@code scripts/bench}: indexing speed against HanLP alone, search throughput and latency
 * on one and two threads, and (unless --quick) the same at 1k, 10k, 100k and all law articles. A report, not a
 * test: it prints Markdown, writes it to {@code <out>/perf.md} and exits 0 unless it could not run (2). The HTTP
 * figures come from scripts/bench, which serves the index this command leaves in {@code <out>/serve-index}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure indexing and search speed in process (the HTTP part is scripts/bench http).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--content", defaultValue = "${env:PORTAL_CONTENT:-content}", description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--corpora", defaultValue = "../shared/corpora", description = "shared corpora, read in place (default: ${DEFAULT-VALUE})")
    Path corpora;

    @Option(names = "--quick", description = "shipped content only, short runs (under two minutes with the HTTP part)")
    boolean quick;

    @Option(names = "--out", defaultValue = "target/bench", description = "where reports and the bench index go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--seconds", description = "measuring time per search run on the largest index (default: 10, quick: 3)")
    Integer seconds;

    @Option(names = "--sections", split = ",", defaultValue = "indexing,match,search,scale,semantic",
            description = "which to run, of indexing, match, search, scale, semantic (default: all; without indexing, search reuses <out>/serve-index)")
    java.util.Set<String> sections;

    @Option(names = "--vector-cache", defaultValue = "${env:PORTAL_VECTOR_CACHE:-target/vector-cache}",
            description = "document vectors the eval section computed, for the semantic section (env PORTAL_VECTOR_CACHE, default: ${DEFAULT-VALUE})")
    Path vectorCache;

        @Option(names = "--seed", defaultValue = "7", description = "seed of the law sample and the query mix (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path laws = corpora.resolve("laws.jsonl.gz");
        Path lecoqa = corpora.resolve("lecoqa-train.jsonl.gz");
        for (Path p : quick ? List.of(content) : List.of(content, laws)) {
            if (!Files.exists(p)) {
                System.err.println("错误 / error: " + p + " does not exist (pass --content / --corpora, or --quick)");
                return 2;
            }
        }
        long measure = (seconds != null ? seconds : quick ? 3 : 10) * 1000L;
        BenchOptions options = new BenchOptions(content, quick ? null : laws, Files.exists(lecoqa) ? lecoqa : null, out,
                quick ? 1000 : 3000, measure, quick ? measure : Math.max(1000, measure / 2), seed, sections, vectorCache);
        String report = new PerfBench(options).run(header());
        System.out.print(report);
        System.err.println("报告 / report: " + out.resolve("perf.md").toAbsolutePath());
        return 0;
    }

    /** The 1-minute load average: other work on the machine shows in every figure, so the report says how much. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private String header() {
        Runtime rt = Runtime.getRuntime();
        return "# Performance bench (" + (quick ? "quick: shipped content only" : "full: shipped content + laws corpus") + ")\n\n"
                + "Run " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")) + " on "
                + rt.availableProcessors() + " cores, Java " + Runtime.version() + ", max heap "
                + rt.maxMemory() / 1048576 + " MB (" + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-X")).toList()) + "), load average at start " + loadAverage()
                + ". Figures are from this run only.\n";
    }
}
