package sunshine.app.searchlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What residents search for, for editors: per day, the number of searches and of searches that found nothing,
 * and the same per normalized query. Nothing else: no address, no profile, no time finer than the day. Only the
 * search routes feed it (the policy matcher's answers are never recorded). Counts are kept in memory, bounded, and
 * written to {@code <dir>/<day>.tsv} every {@code flushSeconds} and on {@link #close()}.
 */
public final class SearchLog implements AutoCloseable {
    /** The request attribute the search routes put their result under for the log to read. */
    public static final String RESULT = "sunshine.searchResult";
    static final int MAX_QUERIES_PER_DAY = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(SearchLog.class);

    private final Path dir;
    private final Clock clock;
    private final ScheduledExecutorService flusher;
    private LocalDate day;
    private SearchCounts counts;

    public SearchLog(Path dir, Clock clock, long flushSeconds) {
        this.dir = dir;
        this.clock = clock;
        this.day = LocalDate.now(clock);
        this.counts = load(dir, day);
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-log");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    /** One search as typed, and how many documents it found. Blank searches (browsing) are not counted. */
    public void record(String typed, long found) {
        String q = QueryText.normalize(typed);
        if (q.isEmpty()) {
            return;
        }
        current().add(q, 1, found == 0 ? 1 : 0);
    }

    /** The last {@code days} days including today, as written on disk (today's counts are written first). */
    public SearchLogReport lastDays(int days) throws IOException {
        current();
        flush();
        return SearchLogReport.read(dir, day, days);
    }

    public synchronized void flush() throws IOException {
        if (counts.total() > 0) {
            SearchLogFile.write(dir, day, counts);
        }
    }

    /** On a new day, the old day is written out and counting starts afresh. */
    private synchronized SearchCounts current() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(day)) {
            flushQuietly();
            day = now;
            counts = load(dir, now);
        }
        return counts;
    }

    private synchronized void flushQuietly() {
        try {
            flush();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not write the search log to {}: {}", dir, e.toString());
        }
    }

    private static SearchCounts load(Path dir, LocalDate day) {
        SearchCounts c = new SearchCounts(MAX_QUERIES_PER_DAY);
        try {
            SearchLogFile.read(SearchLogFile.of(dir, day), c);
        } catch (IOException e) {
            LOG.warn("Could not read the search log of {}: {}", day, e.toString());
        }
        return c;
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        flushQuietly();
    }
}
