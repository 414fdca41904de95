package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What decides a service point's hours on a given date besides its weekly schedule: holidays and exceptions. */
public record OpeningCalendar(HolidayCalendar holidays, Map<String, List<ScheduleException>> exceptions) {
    public static final OpeningCalendar EMPTY = new OpeningCalendar(HolidayCalendar.EMPTY, Map.of());

    public OpeningCalendar {
        exceptions = Map.copyOf(exceptions);
    }

    public Optional<ScheduleException> exception(String pointId, LocalDate date) {
        return exceptions.getOrDefault(pointId, List.of()).stream().filter(e -> e.date().equals(date)).findFirst();
    }

    /** The exceptions of one point, by date. */
    public List<ScheduleException> exceptionsOf(String pointId) {
        return exceptions.getOrDefault(pointId, List.of());
    }
}
