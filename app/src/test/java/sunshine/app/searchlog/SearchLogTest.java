package sunshine.app.searchlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchLogTest {
    @TempDir
    Path dir;

    @Test
    void queriesAreFoldedTrimmedAndLongNumbersMasked() {
        assertEquals("残疾人证", QueryText.normalize("  殘疾人證 "));
        assertEquals("abc 补贴", QueryText.normalize("ＡＢＣ   补贴"));
        assertEquals("电话 #", QueryText.normalize("电话 13912345678"));
        assertEquals(QueryText.MAX, QueryText.normalize("字".repeat(500)).length());
    }

    @Test
    void memoryStaysBoundedAndTotalsStayExact() {
        SearchCounts c = new SearchCounts(100);
        for (int i = 0; i < 10_000; i++) {
            c.add("q" + i, 1, 0);
            c.add("popular", 1, 0);
        }
        assertTrue(c.distinct() <= 100, "distinct " + c.distinct());
        assertEquals(20_000, c.total());
        assertEquals("popular", c.rows().get(0).query());
    }

    @Test
    void countsSurviveARestartAndANewDayStartsAFile() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        SearchLog log = new SearchLog(dir, clock, 3600);
        log.record("补贴", 3);
        log.record("没有的词", 0);
        log.close();
        SearchLog again = new SearchLog(dir, clock, 3600);
        again.record("补贴", 1);
        clock.now = Instant.parse("2026-03-02T10:00:00Z");
        again.record("残疾人证", 1);
        again.close();
        String first = Files.readString(dir.resolve("2026-03-01.tsv"));
        assertTrue(first.startsWith("# searches\t3\tzero_results\t1\n2\t0\t补贴\n"), first);
        assertTrue(Files.readString(dir.resolve("2026-03-02.tsv")).contains("1\t0\t残疾人证"));
        SearchLogReport report = SearchLogReport.read(dir, clock.now.atZone(ZoneOffset.UTC).toLocalDate(), 7);
        assertEquals(4, report.searches());
        assertTrue(report.render(10).contains("没有的词"));
    }

    /** A clock a test moves by hand. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
