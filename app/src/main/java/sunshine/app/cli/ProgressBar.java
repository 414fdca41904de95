package sunshine.app.cli;

import java.io.PrintStream;
import sunshine.index.PortalIndex;

/**
 * Indexing progress on stderr: a redrawn bar with documents and rate on a terminal, a line every 10% otherwise
 * (so logs and CI output stay readable).
 */
final class ProgressBar implements PortalIndex.Progress {
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private long start;
    private int lastDecile = -1;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void loaded(int documents, int problems) {
        out.printf("已读取内容 / content read: %d 篇文档, %d 个问题%n", documents, problems);
        start = System.nanoTime();
    }

    @Override
    public synchronized void indexed(int done, int total) {
        double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        int pct = total == 0 ? 100 : (int) (100L * done / total);
        String line = String.format("索引中 / indexing %s %d/%d (%d%%) %.0f 篇/秒", bar(pct), done, total, pct, done / secs);
        if (terminal) {
            out.print("\r" + line + (done == total ? System.lineSeparator() : ""));
        } else if (pct / 10 != lastDecile || done == total) {
            lastDecile = pct / 10;
            out.println(line);
        }
    }

    private static String bar(int pct) {
        int filled = pct / 5;
        return "[" + "#".repeat(filled) + "-".repeat(20 - filled) + "]";
    }
}
