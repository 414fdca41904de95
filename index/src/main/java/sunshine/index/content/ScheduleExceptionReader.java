package sunshine.index.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code services/exceptions.csv}: one row per point and date, {@code hours} either {@code 休息} (closed) or
 * times such as {@code 09:00-11:30；13:30-16:00}. A bad row is reported with its line and skipped.
 */
final class ScheduleExceptionReader {
    static final String FILE_NAME = "exceptions.csv";
    static final List<String> COLUMNS = List.of("id", "date", "hours", "note");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–~至]\\s*(\\d{1,2}:\\d{2})");

    private ScheduleExceptionReader() {
    }

    static Map<String, List<ScheduleException>> read(String file, String text, Set<String> pointIds, List<Problem> problems) {
        Map<String, List<ScheduleException>> out = new LinkedHashMap<>();
        CsvRows.read(file, text, COLUMNS, problems, (r, line) -> {
            ScheduleException e = row(r, file, line, pointIds, problems);
            if (e != null) {
                out.computeIfAbsent(e.pointId(), k -> new ArrayList<>()).add(e);
            }
        });
        return out;
    }

    private static ScheduleException row(CSVRecord r, String file, int line, Set<String> pointIds, List<Problem> problems) {
        if (!r.isConsistent()) {
            problems.add(Problem.error(file, line, "这一行的列数和表头不一致，已跳过。"));
            return null;
        }
        if (!pointIds.contains(r.get("id"))) {
            problems.add(Problem.error(file, line, "服务点 id “" + r.get("id") + "” 不在服务目录里，这一行已跳过。"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(r.get("date"));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(file, line, "日期 date “" + r.get("date") + "” 无效，请写成 2026-05-06。"));
            return null;
        }
        List<TimeRange> hours = hours(r.get("hours"));
        if (hours == null) {
            problems.add(Problem.error(file, line, "hours “" + r.get("hours") + "” 应写 “休息”，或 “09:00-11:30”（多段用 ；隔开）。"));
            return null;
        }
        return new ScheduleException(r.get("id"), date, hours, r.get("note"), file, line);
    }

    /** Empty for 休息 (closed), the ranges otherwise, null when unreadable. */
    static List<TimeRange> hours(String text) {
        String t = text.strip();
        if (t.equals("休息") || t.equals("闭馆") || t.equals("不开放")) {
            return List.of();
        }
        List<TimeRange> out = new ArrayList<>();
        for (String seg : t.split("[；;]")) {
            Matcher m = RANGE.matcher(seg.strip());
            if (!m.matches()) {
                return null;
            }
            try {
                LocalTime open = LocalTime.parse(pad(m.group(1)));
                LocalTime close = LocalTime.parse(pad(m.group(2)));
                if (!close.isAfter(open)) {
                    return null;
                }
                out.add(new TimeRange(open, close));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String pad(String hhmm) {
        return hhmm.length() == 4 ? "0" + hhmm : hhmm;
    }
}
