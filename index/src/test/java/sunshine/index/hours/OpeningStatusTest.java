package sunshine.index.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.OpeningCalendar;
import sunshine.index.content.ScheduleException;
import sunshine.index.content.ServicePoint;
import sunshine.index.content.TimeRange;
import sunshine.index.content.WeeklyHours;

/** Opening status pinned to dates of the shipped 2026 holiday calendar, with fixed clocks. */
class OpeningStatusTest {
    private static final OpeningCalendar SHIPPED = new ContentLoader(Path.of("../content")).load().calendar();
    private static final ServicePoint WEEKDAYS = point("周一至周五 08:30-11:30；周一至周五 14:00-17:00", "开放");

    @Test
    void aSpringFestivalWeekdayIsClosedWithItsReason() {
        OpeningState s = at(WEEKDAYS, "2026-02-18T10:00"); // Wednesday, 春节
        assertEquals(OpeningState.State.CLOSED_TODAY, s.state());
        assertEquals("今日休息", s.label());
        assertTrue(s.reason().contains("春节"), s.reason());
    }

    @Test
    void aHolidayMondayIsClosed() {
        assertEquals(OpeningState.State.CLOSED_TODAY, at(WEEKDAYS, "2026-04-06T10:00").state()); // 清明节 Monday
        assertEquals(OpeningState.State.CLOSED_TODAY, at(WEEKDAYS, "2026-02-23T10:00").state()); // 春节 Monday
    }

    @Test
    void aMakeUpSundayOpensWithMondayHours() {
        OpeningState s = at(WEEKDAYS, "2026-01-04T10:00"); // Sunday, 元旦调休上班
        assertEquals(OpeningState.State.OPEN, s.state());
        assertEquals(LocalTime.of(11, 30), s.closesAt());
        assertTrue(s.reason().contains("调休上班"));
        assertEquals(OpeningState.State.OPEN, at(WEEKDAYS, "2026-09-20T15:00").state()); // Sunday, 国庆调休
        assertEquals(OpeningState.State.OPEN, at(WEEKDAYS, "2026-02-14T09:00").state()); // Saturday, 春节调休
    }

    @Test
    void anOrdinarySundayIsClosed() {
        assertEquals(OpeningState.State.CLOSED_TODAY, at(WEEKDAYS, "2026-01-11T10:00").state());
    }

    @Test
    void theMinuteOfOpeningCounts() {
        OpeningState before = at(WEEKDAYS, "2026-03-03T13:59");
        assertEquals(OpeningState.State.OPENS_LATER, before.state());
        assertEquals("今天 14:00 开放", before.label());
        assertEquals(OpeningState.State.OPEN, at(WEEKDAYS, "2026-03-03T14:00").state());
        assertEquals(OpeningState.State.OPEN, at(WEEKDAYS, "2026-03-03T16:59").state());
        assertEquals(OpeningState.State.CLOSED_FOR_TODAY, at(WEEKDAYS, "2026-03-03T17:00").state());
        assertEquals("今天 08:30 开放", at(WEEKDAYS, "2026-03-03T07:00").label());
    }

    @Test
    void anAllDayPointStaysOpenOnHolidays() {
        OpeningState s = at(point("全天", "开放"), "2026-02-17T03:00");
        assertTrue(s.openNow());
        assertNull(s.closesAt());
        assertEquals("全天开放", s.detail());
    }

    @Test
    void aSuspendedPointSaysSoWhateverTheHour() {
        assertEquals("已暂停开放", at(point("周一至周五 08:30-17:00", "暂停开放"), "2026-03-03T10:00").label());
    }

    @Test
    void anExceptionWinsOverSchedulesAndHolidays() {
        ScheduleException closed = new ScheduleException("p", LocalDate.parse("2026-03-03"), List.of(), "设备检修", "x", 2);
        ScheduleException open = new ScheduleException("p", LocalDate.parse("2026-10-02"),
                List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0))), "节日值班", "x", 3);
        OpeningCalendar cal = new OpeningCalendar(SHIPPED.holidays(), Map.of("p", List.of(closed, open)));
        OpeningState s = OpeningStatus.at(WEEKDAYS, cal, LocalDateTime.parse("2026-03-03T10:00"));
        assertEquals(OpeningState.State.CLOSED_TODAY, s.state());
        assertEquals("设备检修", s.reason());
        assertTrue(OpeningStatus.at(WEEKDAYS, cal, LocalDateTime.parse("2026-10-02T10:00")).openNow());
    }

    @Test
    void theClockIsReadInShanghaiTime() {
        Clock utc = Clock.fixed(Instant.parse("2026-03-03T01:00:00Z"), ZoneOffset.UTC); // 09:00 in Shanghai
        assertTrue(OpeningStatus.now(WEEKDAYS, SHIPPED, utc).openNow());
    }

    @Test
    void aYearWithoutTheOfficialArrangementSaysSo() {
        OpeningState s = at(WEEKDAYS, "2028-03-01T10:00");
        assertTrue(s.openNow());
        assertFalse(s.holidaysKnown());
        assertTrue(s.detail().contains("尚未录入"));
        assertTrue(at(WEEKDAYS, "2026-03-03T10:00").holidaysKnown());
    }

    private static OpeningState at(ServicePoint p, String localDateTime) {
        return OpeningStatus.at(p, SHIPPED, LocalDateTime.parse(localDateTime));
    }

    static ServicePoint point(String hours, String status) {
        WeeklyHours.Parsed h = WeeklyHours.parse(hours);
        return new ServicePoint("p", "测试点", "阳光之家", "镇残联", "南翔镇", "某路1号", hours, h.slots(), h.allDay(),
                List.of(), "日间照料", List.of(), List.of(), status, LocalDate.parse("2025-01-01"), null, null, true, "x", 2);
    }
}
