package sunshine.app.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates and durations in words, the way they are read aloud: 2024年3月1日, 1分12秒. */
public final class ZhText {
    private ZhText() {
    }

    public static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** An ISO 8601 duration ({@code PT1M12S}) in words, or "" when absent or unreadable. */
    public static String duration(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        Duration d;
        try {
            d = Duration.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return "";
        }
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        StringBuilder out = new StringBuilder();
        if (h > 0) {
            out.append(h).append("小时");
        }
        if (m > 0) {
            out.append(m).append("分");
        }
        if (s > 0 || out.isEmpty()) {
            out.append(s).append("秒");
        }
        return out.toString();
    }
}
