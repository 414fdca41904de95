package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A day on which one service point keeps other hours than its weekly schedule: closed ({@code hours} empty) or open
 * at the given times. Read from {@code content/services/exceptions.csv}; it wins over holidays and 调休.
 */
public record ScheduleException(String pointId, LocalDate date, List<TimeRange> hours, String note, String sourceFile, int line) {
    public ScheduleException {
        hours = List.copyOf(hours);
    }

    public boolean closed() {
        return hours.isEmpty();
    }
}
