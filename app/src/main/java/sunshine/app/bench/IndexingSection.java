package sunshine.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Jurisdiction;
import sunshine.index.perf.IndexingSpeed;
import sunshine.index.perf.SegmentationSpeed;

/**
 * Indexing speed with 1 and 2 threads against HanLP alone on one thread over the same text. The 2-thread build is
 * kept: it is the index the search and HTTP sections use.
 */
final class IndexingSection {
    static final double TARGET_RATIO = 1.3;

    private IndexingSection() {
    }

    /** Builds {@code docs} into {@code keep} (2 threads) and a throw-away index (1 thread); returns the Markdown. */
    static String run(List<ContentDocument> docs, List<ContentDocument> warmup, Jurisdiction area, Path keep, String fingerprint,
                      Path scratch)
            throws IOException {
        SegmentationSpeed.measure(warmup); // loads HanLP's dictionaries and warms the JIT, not counted
        IndexingSpeed.measure(warmup, 2, scratch.resolve("warmup"), "warmup", area);
        BenchFiles.deleteTree(scratch.resolve("warmup"));
        progress("segmenting %,d documents with HanLP alone", docs.size());
        SegmentationSpeed.Result seg = SegmentationSpeed.measure(docs);
        progress("indexing with 1 thread");
        IndexingSpeed.Result one = IndexingSpeed.measure(docs, 1, scratch.resolve("one-thread"), fingerprint, area);
        BenchFiles.deleteTree(scratch.resolve("one-thread"));
        progress("indexing with 2 threads");
        BenchFiles.deleteTree(keep);
        IndexingSpeed.Result two = IndexingSpeed.measure(docs, 2, keep, fingerprint, area);
        double base = seg.charactersPerSecond();
        Table t = new Table("run", ">documents", ">characters", ">documents/s", ">characters/s", ">merge + commit (s)",
                ">× HanLP alone", "limit");
        t.row("HanLP segmentation alone, 1 thread, no Lucene", Table.num(docs.size(), 0), Table.num(seg.characters(), 0),
                Table.num(docs.size() * 1e9 / seg.nanos(), 0), Table.num(base, 0), "–", "1.00", "–");
        for (IndexingSpeed.Result r : List.of(one, two)) {
            double ratio = r.charactersPerSecond() / base;
            String limit = r.threads() == 2 ? "≥ " + TARGET_RATIO + "×: " + Table.verdict(ratio >= TARGET_RATIO) : "–";
            t.row("IndexBuilder, " + r.threads() + " thread" + (r.threads() > 1 ? "s" : ""), Table.num(r.documents(), 0),
                    Table.num(r.characters(), 0), Table.num(r.documentsPerSecond(), 0), Table.num(r.charactersPerSecond(), 0),
                    Table.num(r.mergeNanos() / 1e9, 1), Table.num(ratio, 2), limit);
        }
        return "## Indexing\n\n" + t.render() + "\nDocuments/s and characters/s count only adding documents (HanLP words, "
                + "character bigrams, offsets, stored JSON, facets); IndexBuilder's final `forceMerge(1)` and commit are "
                + "timed apart in the merge column. Characters are those of title, summary and body, the text HanLP "
                + "segments in both rows (a law article's summary is only its first 90 characters: neither row segments "
                + "it again). Index size on disk (2-thread build, merged): "
                + Table.num(BenchFiles.size(keep) / 1048576.0, 1) + " MB.\n";
    }

    static void progress(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }
}
