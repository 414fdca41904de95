package sunshine.app.hsds;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The HSDS tables as CSV files in one zip ({@code organizations.csv}, {@code services.csv} …), UTF-8, one header
 * row of HSDS field names (every field the record has, empty when unknown).
 */
final class HsdsCsv {
    private static final PropertyNamingStrategies.NamingBase SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private HsdsCsv() {
    }

    static void write(HsdsDataset d, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        for (Map.Entry<String, List<?>> t : d.tables().entrySet()) {
            zip.putNextEntry(new ZipEntry(HsdsDataset.csvName(t.getKey())));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            List<String> columns = columns(HsdsDataset.rowType(t.getKey()));
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
            for (Object row : t.getValue()) {
                JsonNode node = HsdsJson.MAPPER.convertValue(row, JsonNode.class);
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    JsonNode v = node.get(c);
                    cells.add(v == null || v.isNull() ? "" : v.asText());
                }
                csv.printRecord(cells);
            }
            csv.flush();
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The record's components in declaration order, named as Jackson writes them (snake_case or @JsonProperty). */
    private static List<String> columns(Class<?> row) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : row.getRecordComponents()) {
            JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
            out.add(named != null ? named.value() : SNAKE.translate(c.getName()));
        }
        return out;
    }
}
