package sunshine.app.searchlog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's counts on disk, {@code <dir>/<yyyy-MM-dd>.tsv}: a {@code #} line with the day's totals, then one line
 * per query: count, zero-result count, query. Written to a temp file and renamed, so a reader never sees half.
 */
final class SearchLogFile {
    private SearchLogFile() {
    }

    static Path of(Path dir, LocalDate day) {
        return dir.resolve(day + ".tsv");
    }

    static void write(Path dir, LocalDate day, SearchCounts counts) throws IOException {
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder();
        b.append("# searches\t").append(counts.total()).append("\tzero_results\t").append(counts.zeroTotal()).append('\n');
        for (SearchCounts.Row r : counts.rows()) {
            b.append(r.count()).append('\t').append(r.zero()).append('\t').append(r.query()).append('\n');
        }
        Path tmp = dir.resolve(day + ".tsv.tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, of(dir, day), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Adds a day's file into {@code into}; a missing file adds nothing, a malformed line is skipped. */
    static void read(Path file, SearchCounts into) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] cols = line.split("\t", 4);
            try {
                if (line.startsWith("# ") && cols.length == 4) {
                    into.addTotals(Long.parseLong(cols[1]), Long.parseLong(cols[3]));
                } else if (!line.startsWith("#") && cols.length == 3) {
                    into.addRow(cols[2], Long.parseLong(cols[0]), Long.parseLong(cols[1]));
                }
            } catch (NumberFormatException skipped) {
                // a hand-edited or damaged line: the rest of the day still counts
            }
        }
    }
}
