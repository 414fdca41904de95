package sunshine.index.content;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV content file (header first, RFC 4180) row by row with the line each row starts on. A missing column is
 * reported on line 1 and no row is read; a row the parser cannot read (an unclosed quote) is reported on its line,
 * and the rows before it are kept: the parser cannot tell where the broken row ends, so the rest is skipped.
 */
final class CsvRows {
    interface RowReader {
        void row(CSVRecord record, int line);
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvRows() {
    }

    static void read(String file, String text, List<String> columns, List<Problem> problems, RowReader reader) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(FORMAT).get()) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(Problem.error(file, 1, "第一行缺少这些列：" + String.join("、", missing) + "。"));
                return;
            }
            line = 2;
            for (CSVRecord r : parser) {
                reader.row(r, (int) line);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv throws from its iterator (wrapped unchecked) when a quoted field never closes.
            String why = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : e.getMessage();
            problems.add(Problem.error(file, (int) line, "从这一行起表格无法读取（CSV 格式有误，常见原因：引号没有成对），"
                    + "这一行和后面的行已跳过：" + why));
        }
    }
}
