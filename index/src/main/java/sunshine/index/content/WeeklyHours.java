package sunshine.index.content;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the clerk's hours notation, e.g. {@code 周一至周五 08:30-11:30；周一至周五 13:30-16:30；周六 09:00-11:30}, or
 * {@code 全天} for a point open day and night, into weekly slots.
 */
public final class WeeklyHours {
    private static final String DAYS = "一二三四五六日";
    private static final Pattern SEGMENT = Pattern.compile("(\\S+)\\s+(\\d{1,2}:\\d{2})\\s*[-–~至]\\s*(\\d{1,2}:\\d{2})");

    /** What the parser read, or the reason it could not. */
    public record Parsed(List<OpeningSlot> slots, boolean allDay, String error) {
    }

    private WeeklyHours() {
    }

    public static Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("全天") || t.equals("24小时")) {
            return new Parsed(List.of(), true, null);
        }
        if (t.isEmpty()) {
            return new Parsed(List.of(), false, "开放时间是空的");
        }
        List<OpeningSlot> slots = new ArrayList<>();
        for (String seg : t.split("[；;]")) {
            if (seg.isBlank()) {
                continue;
            }
            Matcher m = SEGMENT.matcher(seg.strip());
            if (!m.matches()) {
                return new Parsed(List.of(), false, "“" + seg.strip() + "” 应写成 “周一至周五 08:30-16:30” 这样的格式");
            }
            List<DayOfWeek> days = days(m.group(1));
            if (days == null) {
                return new Parsed(List.of(), false, "“" + m.group(1) + "” 不是有效的星期，请写 周一、周一至周五 或 周一、周三");
            }
            try {
                LocalTime open = time(m.group(2));
                LocalTime close = time(m.group(3));
                if (!close.isAfter(open)) {
                    return new Parsed(List.of(), false, "“" + seg.strip() + "” 的结束时间应晚于开始时间");
                }
                days.forEach(d -> slots.add(new OpeningSlot(d, open, close)));
            } catch (DateTimeParseException e) {
                return new Parsed(List.of(), false, "“" + seg.strip() + "” 的时间无效");
            }
        }
        return new Parsed(List.copyOf(slots), false, null);
    }

    private static LocalTime time(String hhmm) {
        return LocalTime.parse(hhmm.length() == 4 ? "0" + hhmm : hhmm);
    }

    private static List<DayOfWeek> days(String spec) {
        String s = spec.replace("星期", "周").replace("周天", "周日");
        if (s.equals("每天")) {
            s = "周一至周日";
        }
        List<DayOfWeek> out = new ArrayList<>();
        for (String part : s.split("[、,，]")) {
            Matcher range = Pattern.compile("周([一二三四五六日])(?:[至到\\-~]周([一二三四五六日]))?").matcher(part);
            if (!range.matches()) {
                return null;
            }
            int a = DAYS.indexOf(range.group(1));
            int b = range.group(2) == null ? a : DAYS.indexOf(range.group(2));
            if (b < a) {
                return null;
            }
            for (int i = a; i <= b; i++) {
                out.add(DayOfWeek.of(i + 1));
            }
        }
        return out;
    }
}
