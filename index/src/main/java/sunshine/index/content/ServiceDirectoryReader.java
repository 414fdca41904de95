package sunshine.index.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the service directory spreadsheet ({@code services/*.csv}). Each bad row is reported with its line and
 * skipped; the other rows are kept.
 */
final class ServiceDirectoryReader {
    static final List<String> COLUMNS = List.of("id", "name", "type", "organization", "street", "address", "hours",
            "phone", "offers", "accessibility", "languages", "status", "verified", "lat", "lon", "sample");
    private static final Set<String> REQUIRED = Set.of("id", "name", "type", "street", "address", "hours", "status", "verified");

    private final ContentLists lists;

    ServiceDirectoryReader(ContentLists lists) {
        this.lists = lists;
    }

    List<ServicePoint> read(String file, String text, List<Problem> problems) {
        List<ServicePoint> out = new ArrayList<>();
        CsvRows.read(file, text, COLUMNS, problems, (r, line) -> {
            ServicePoint p = row(r, file, line, problems);
            if (p != null) {
                out.add(p);
            }
        });
        return out;
    }

    private ServicePoint row(CSVRecord r, String file, int line, List<Problem> problems) {
        if (!r.isConsistent()) {
            problems.add(Problem.error(file, line, "这一行的列数（" + r.size() + "）和表头不一致，已跳过。"));
            return null;
        }
        int before = PolicyReader.errors(problems);
        for (String c : REQUIRED) {
            if (r.get(c).isBlank()) {
                problems.add(Problem.error(file, line, "“" + c + "” 列是空的，这一行已跳过。"));
            }
        }
        if (PolicyReader.errors(problems) > before) {
            return null;
        }
        Ids.valid(r.get("id"), file, line, problems);
        oneOf(r.get("type"), ServicePoint.TYPES, "type（类型）", file, line, problems);
        oneOf(r.get("street"), lists.streets(), "street（街镇）", file, line, problems);
        oneOf(r.get("status"), ServicePoint.STATUSES, "status（状态）", file, line, problems);
        List<String> access = split(r.get("accessibility"));
        access.forEach(a -> oneOf(a, ServicePoint.ACCESSIBILITY_FEATURES, "accessibility（无障碍设施）", file, line, problems));
        WeeklyHours.Parsed hours = WeeklyHours.parse(r.get("hours"));
        if (hours.error() != null) {
            problems.add(Problem.error(file, line, "开放时间 hours 有误：" + hours.error() + "。"));
        }
        LocalDate verified = null;
        try {
            verified = LocalDate.parse(r.get("verified"));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(file, line, "最后核实日期 verified “" + r.get("verified") + "” 无效，请写成 2024-05-10。"));
        }
        Double lat = coordinate(r.get("lat"), -90, 90, "lat（纬度）", file, line, problems);
        Double lon = coordinate(r.get("lon"), -180, 180, "lon（经度）", file, line, problems);
        if (PolicyReader.errors(problems) > before) {
            return null;
        }
        return new ServicePoint(r.get("id"), r.get("name"), r.get("type"), r.get("organization"), r.get("street"),
                r.get("address"), r.get("hours"), hours.slots(), hours.allDay(), split(r.get("phone")), r.get("offers"),
                access, split(r.get("languages")), r.get("status"), verified, lat, lon,
                r.get("sample").strip().equalsIgnoreCase("true"), file, line);
    }

    private static void oneOf(String value, List<String> allowed, String what, String file, int line, List<Problem> problems) {
        if (!allowed.contains(value)) {
            problems.add(Problem.error(file, line, what + " “" + value + "” 不在允许的值里。可选：" + String.join("、", allowed)));
        }
    }

    private static Double coordinate(String v, double min, double max, String what, String file, int line, List<Problem> problems) {
        if (v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.error(file, line, what + " “" + v + "” 不是有效的坐标数字。"));
        return null;
    }

    static List<String> split(String v) {
        return Arrays.stream(v.split("[；;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
