package sunshine.index.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * China's official holiday and 调休 calendar as kept in {@code content/holidays.yml}. Only years listed there are
 * known: for any other year {@link #covers} is false and days follow the plain weekly schedule.
 *
 * @param days    every 休 and 班 day of the known years
 * @param sources for each known year, the notice it was copied from
 */
public record HolidayCalendar(Map<LocalDate, OfficialDay> days, Map<Integer, String> sources) {
    public static final HolidayCalendar EMPTY = new HolidayCalendar(Map.of(), Map.of());

    public HolidayCalendar {
        days = Map.copyOf(days);
        sources = Map.copyOf(sources);
    }

    public Optional<OfficialDay> on(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** True when the year's official arrangement is in the file. */
    public boolean covers(int year) {
        return sources.containsKey(year);
    }
}
