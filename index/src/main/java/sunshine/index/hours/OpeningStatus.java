package sunshine.index.hours;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import sunshine.index.content.OpeningCalendar;
import sunshine.index.content.ServicePoint;
import sunshine.index.content.TimeRange;

/**
 * Computes whether a service point is open, always in Shanghai time whatever the server's zone: the weekly schedule,
 * China's official holidays and 调休 days, and the point's own exceptions (see {@link DayHours} for the order).
 */
public final class OpeningStatus {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private OpeningStatus() {
    }

    public static OpeningState now(ServicePoint p, OpeningCalendar calendar, Clock clock) {
        return at(p, calendar, ZonedDateTime.now(clock).withZoneSameInstant(SHANGHAI).toLocalDateTime());
    }

    /** The state at a local (Shanghai) date and time. */
    public static OpeningState at(ServicePoint p, OpeningCalendar calendar, LocalDateTime when) {
        boolean known = calendar.holidays().covers(when.getYear());
        if (p.temporarilyClosed()) {
            return new OpeningState(OpeningState.State.SUSPENDED, null, null, null, known);
        }
        DayHours day = DayHours.of(p, calendar, when.toLocalDate());
        LocalTime t = when.toLocalTime();
        if (day.allDay()) {
            return new OpeningState(OpeningState.State.OPEN, null, null, day.reason(), known);
        }
        if (day.ranges().isEmpty()) {
            return new OpeningState(OpeningState.State.CLOSED_TODAY, null, null, day.reason(), known);
        }
        for (TimeRange r : day.ranges()) {
            if (r.contains(t)) {
                return new OpeningState(OpeningState.State.OPEN, null, r.closes(), day.reason(), known);
            }
        }
        return day.ranges().stream().filter(r -> r.opens().isAfter(t)).findFirst()
                .map(r -> new OpeningState(OpeningState.State.OPENS_LATER, r.opens(), null, day.reason(), known))
                .orElseGet(() -> new OpeningState(OpeningState.State.CLOSED_FOR_TODAY, null, null, day.reason(), known));
    }
}
