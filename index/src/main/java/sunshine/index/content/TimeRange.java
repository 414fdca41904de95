package sunshine.index.content;

import java.time.LocalTime;

/** Opening hours within one day, e.g. 08:30-11:30; {@code closes} is exclusive. */
public record TimeRange(LocalTime opens, LocalTime closes) {
    public boolean contains(LocalTime t) {
        return !t.isBefore(opens) && t.isBefore(closes);
    }
}
