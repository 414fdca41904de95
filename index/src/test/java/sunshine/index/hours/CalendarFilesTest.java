package sunshine.index.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.content.ContentFixture;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.OfficialDay;
import sunshine.index.content.OpeningCalendar;
import sunshine.index.content.Problem;

/** holidays.yml and services/exceptions.csv: the shipped files load cleanly, broken lines are named. */
class CalendarFilesTest {

    @Test
    void theShipped2026CalendarHasEveryOfficialDay() {
        ContentLoader.Result r = new ContentLoader(Path.of("../content")).load();
        assertTrue(r.problems().stream().noneMatch(p -> p.file().equals("holidays.yml") || p.file().contains("exceptions")),
                r.problems().toString());
        var days = r.calendar().holidays().days().values();
        assertEquals(33, days.stream().filter(d -> d.kind() == OfficialDay.Kind.HOLIDAY).count());
        assertEquals(6, days.stream().filter(d -> d.kind() == OfficialDay.Kind.WORKDAY).count());
        assertTrue(r.calendar().holidays().covers(2026));
        assertFalse(r.calendar().holidays().covers(2027), "2027 is only added once its notice is published");
    }

    @Test
    void brokenLinesAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        OpeningCalendar cal = load(new ContentFixture(dir)
                .write("holidays.yml", "years:\n  - year: 2026\n    source: 通知\n    days:\n      - 2026-02-16 休 春节\n      - 2026-13-01 休 错\n")
                .write("services/services.csv", ContentFixture.SERVICES_HEADER + ContentFixture.serviceRow("svc-a", "甲", "南翔镇"))
                .write("services/exceptions.csv", "id,date,hours,note\nsvc-a,2026-03-03,休息,检修\nsvc-b,2026-03-03,休息,\nsvc-a,2026-03-04,九点,\n"),
                List.of("holidays.yml:6", "services/exceptions.csv:3", "services/exceptions.csv:4"));
        assertTrue(cal.holidays().on(LocalDate.parse("2026-02-16")).isPresent());
        assertTrue(cal.exception("svc-a", LocalDate.parse("2026-03-03")).orElseThrow().closed());
    }

    private static OpeningCalendar load(ContentFixture f, List<String> expectedErrorsAt) {
        ContentLoader.Result r = new ContentLoader(f.root()).load();
        List<String> at = r.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(p -> p.file() + ":" + p.line()).toList();
        assertEquals(expectedErrorsAt, at);
        assertEquals(1, r.documents().size(), "the exceptions table is not read as a service directory");
        return r.calendar();
    }
}
