package sunshine.index.content;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period on one weekday, e.g. Monday 08:30-16:30. */
public record OpeningSlot(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
