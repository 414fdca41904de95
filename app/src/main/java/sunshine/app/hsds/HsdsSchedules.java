package sunshine.app.hsds;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.index.content.OpeningSlot;
import sunshine.index.content.ScheduleException;
import sunshine.index.content.ServicePoint;
import sunshine.index.content.TimeRange;

/**
 * A point's hours as HSDS schedules: one weekly rule per opening period (days with the same hours share one rule,
 * {@code byday=MO,TU,…}), times with the +08:00 offset HSDS asks for; each exception is a one-day schedule
 * ({@code valid_from = valid_to}), with no times when the point is closed that day. The national holiday calendar
 * is not repeated per point: it is in {@code content/holidays.yml}.
 */
final class HsdsSchedules {
    private static final String[] ICAL_DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private HsdsSchedules() {
    }

    static List<Hsds.Schedule> of(ServicePoint p, String serviceAtLocation, List<ScheduleException> exceptions) {
        List<Hsds.Schedule> out = new ArrayList<>();
        if (p.openAllDay()) {
            out.add(weekly(p, serviceAtLocation, "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "全天 24 小时"));
        } else {
            Map<String, List<DayOfWeek>> byPeriod = new LinkedHashMap<>();
            for (OpeningSlot s : p.schedule()) {
                byPeriod.computeIfAbsent(s.opens() + "-" + s.closes(), k -> new ArrayList<>()).add(s.day());
            }
            byPeriod.forEach((period, days) -> {
                String[] t = period.split("-");
                String byday = String.join(",", days.stream().sorted().map(d -> ICAL_DAYS[d.getValue() - 1]).toList());
                out.add(weekly(p, serviceAtLocation, byday, t[0], t[1], p.hours()));
            });
        }
        for (ScheduleException e : exceptions) {
            String date = e.date().toString();
            String hours = e.closed() ? "休息" : String.join("、", e.hours().stream().map(r -> r.opens() + "-" + r.closes()).toList());
            TimeRange first = e.closed() ? null : e.hours().getFirst();
            TimeRange last = e.closed() ? null : e.hours().getLast();
            out.add(new Hsds.Schedule(Hsds.id("schedule", p.id() + "/" + date), serviceAtLocation, date, date, date,
                    Hsds.TIMEZONE, null, null, null, date + " " + hours, first == null ? null : time(first.opens()),
                    last == null ? null : time(last.closes()), e.note()));
        }
        return out;
    }

    private static Hsds.Schedule weekly(ServicePoint p, String sal, String byday, String opens, String closes, String text) {
        return new Hsds.Schedule(Hsds.id("schedule", p.id() + "/" + byday + "/" + opens), sal, null, null, null,
                Hsds.TIMEZONE, "WEEKLY", "MO", byday, text, opens + "+08:00", closes + "+08:00", null);
    }

    private static String time(LocalTime t) {
        return t + "+08:00";
    }
}
