package sunshine.index.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import sunshine.index.content.OfficialDay;
import sunshine.index.content.OpeningCalendar;
import sunshine.index.content.ScheduleException;
import sunshine.index.content.ServicePoint;
import sunshine.index.content.TimeRange;

/**
 * A point's opening hours on one date, with why they differ from the weekly schedule. The order of precedence:
 * an exception for that point and date; a 全天 point is open every day; an official holiday (休) closes; a
 * make-up working day (班) opens with the point's <em>Monday</em> hours (the notices do not say which weekday a
 * make-up day stands for, so one fixed, documented rule); otherwise the weekly schedule.
 *
 * @param reason   why the day is special (holiday name, exception note), or null on an ordinary day
 * @param allDay   open day and night
 */
public record DayHours(LocalDate date, List<TimeRange> ranges, boolean allDay, String reason) {
    /** The weekday whose hours a make-up working day uses. */
    public static final DayOfWeek MAKE_UP_DAY_USES = DayOfWeek.MONDAY;

    public static DayHours of(ServicePoint p, OpeningCalendar calendar, LocalDate date) {
        Optional<ScheduleException> ex = calendar.exception(p.id(), date);
        if (ex.isPresent()) {
            String note = ex.get().note() == null || ex.get().note().isBlank() ? "临时调整" : ex.get().note();
            return new DayHours(date, ex.get().hours(), false, note);
        }
        if (p.openAllDay()) {
            return new DayHours(date, List.of(new TimeRange(LocalTime.MIN, LocalTime.MAX)), true, null);
        }
        Optional<OfficialDay> official = calendar.holidays().on(date);
        if (official.isPresent() && official.get().kind() == OfficialDay.Kind.HOLIDAY) {
            return new DayHours(date, List.of(), false, official.get().name() + "放假");
        }
        if (official.isPresent()) {
            return new DayHours(date, weekly(p, MAKE_UP_DAY_USES), false, official.get().name() + "调休上班，按周一时间开放");
        }
        return new DayHours(date, weekly(p, date.getDayOfWeek()), false, null);
    }

    private static List<TimeRange> weekly(ServicePoint p, DayOfWeek day) {
        return p.schedule().stream().filter(s -> s.day() == day)
                .map(s -> new TimeRange(s.opens(), s.closes()))
                .sorted((a, b) -> a.opens().compareTo(b.opens())).toList();
    }
}
