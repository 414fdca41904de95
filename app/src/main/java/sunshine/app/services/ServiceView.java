package sunshine.app.services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import sunshine.index.content.ServicePoint;
import sunshine.index.hours.DayHours;
import sunshine.index.hours.OpeningState;

/**
 * One service point's page. {@code mapUrl} opens the point in 高德地图 (null without coordinates); the stored
 * coordinates are WGS84, so the link says so rather than letting the map shift the marker. {@code opening} is the
 * state now, {@code specialDays} the coming days whose hours differ from the weekly schedule (holidays, exceptions).
 */
public record ServiceView(ServicePoint point, String coordinates, String mapUrl, OpeningState opening,
                          List<DayHours> specialDays) {

    static ServiceView of(ServicePoint p, OpeningState opening, List<DayHours> specialDays) {
        if (p.lat() == null || p.lon() == null) {
            return new ServiceView(p, null, null, opening, specialDays);
        }
        String text = "北纬 " + p.lat() + "°，东经 " + p.lon() + "°";
        String map = "https://uri.amap.com/marker?position=" + p.lon() + "," + p.lat()
                + "&name=" + URLEncoder.encode(p.name(), StandardCharsets.UTF_8) + "&coordinate=wgs84&callnative=0";
        return new ServiceView(p, text, map, opening, specialDays);
    }

    /** A special day in words, e.g. “10月1日（周四）：休息（国庆节放假）” or “1月4日（周日）：08:30-11:30 …”. */
    public static String describe(DayHours d) {
        String when = d.date().getMonthValue() + "月" + d.date().getDayOfMonth() + "日（周"
                + "一二三四五六日".charAt(d.date().getDayOfWeek().getValue() - 1) + "）";
        String hours = d.ranges().isEmpty() ? "休息" : String.join("、", d.ranges().stream()
                .map(r -> r.opens() + "-" + r.closes()).toList());
        return when + "：" + hours + "（" + d.reason() + "）";
    }

    public List<String> specialDayLines() {
        return specialDays.stream().map(ServiceView::describe).toList();
    }
}
