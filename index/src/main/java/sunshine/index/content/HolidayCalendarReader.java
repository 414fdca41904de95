package sunshine.index.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code holidays.yml}: a list of years, each with its source notice and its days written as
 * {@code 2026-02-16 休 春节}. Node API, so each wrong day is named with its line; a missing file is no error (the
 * weekly schedules then apply on every day).
 */
final class HolidayCalendarReader {
    static final String FILE = "holidays.yml";
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+([休班])\\s+(\\S.*)");

    private HolidayCalendarReader() {
    }

    static HolidayCalendar read(Path root, java.util.List<Problem> problems) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return HolidayCalendar.EMPTY;
        }
        try {
            Node doc = new Yaml(new LoaderOptions()).compose(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return doc == null ? HolidayCalendar.EMPTY : parse(doc, problems);
        } catch (IOException | YAMLException e) {
            problems.add(Problem.error(FILE, 0, "节假日文件无法读取：" + e.getMessage()));
            return HolidayCalendar.EMPTY;
        }
    }

    private static HolidayCalendar parse(Node doc, java.util.List<Problem> problems) {
        Map<LocalDate, OfficialDay> days = new HashMap<>();
        Map<Integer, String> sources = new HashMap<>();
        if (!(value(doc, "years") instanceof SequenceNode years)) {
            problems.add(Problem.error(FILE, line(doc), "应有 “years:” 列表，每年写 year、source 和 days。"));
            return HolidayCalendar.EMPTY;
        }
        for (Node y : years.getValue()) {
            Integer year = year(scalar(value(y, "year")));
            String source = scalar(value(y, "source"));
            if (year == null || source == null || source.isBlank() || !(value(y, "days") instanceof SequenceNode list)) {
                problems.add(Problem.error(FILE, line(y), "每一年都要写 year、source（通知名称）和 days。"));
                continue;
            }
            sources.put(year, source);
            for (Node d : list.getValue()) {
                OfficialDay day = day(scalar(d), year, line(d), problems);
                if (day != null && days.putIfAbsent(day.date(), day) != null) {
                    problems.add(Problem.error(FILE, line(d), "日期 " + day.date() + " 写了两次。"));
                }
            }
        }
        return new HolidayCalendar(days, sources);
    }

    private static OfficialDay day(String text, int year, int line, java.util.List<Problem> problems) {
        Matcher m = text == null ? null : DAY.matcher(text.strip());
        if (m == null || !m.matches()) {
            problems.add(Problem.error(FILE, line, "应写成 “2026-02-16 休 春节” 或 “2026-02-14 班 春节”。"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (date.getYear() != year) {
                problems.add(Problem.error(FILE, line, m.group(1) + " 不在 " + year + " 年。"));
                return null;
            }
            OfficialDay.Kind kind = m.group(2).equals("休") ? OfficialDay.Kind.HOLIDAY : OfficialDay.Kind.WORKDAY;
            return new OfficialDay(date, kind, m.group(3).strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(FILE, line, "日期 “" + m.group(1) + "” 无效。"));
            return null;
        }
    }

    private static Node value(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static Integer year(String s) {
        return s != null && s.strip().matches("\\d{4}") ? Integer.valueOf(s.strip()) : null;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
