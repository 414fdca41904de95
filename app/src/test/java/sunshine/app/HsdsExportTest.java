package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;

/**
 * The HSDS export against the published HSDS 3.0 schema files (src/test/resources/hsds, see its README): the JSON
 * API's shapes, every table row, the CSV zip's file names and columns, and the links between tables.
 */
class HsdsExportTest {
    private static final List<String> TABLES = List.of("organization", "service", "service_at_location", "location",
            "phone", "address", "schedule", "language", "accessibility");
    private final TestPortal portal = TestPortal.get();
    private final JsonSchemas hsds = JsonSchemas.hsds();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theValidatorRejectsWhatHsdsForbids() {
        List<String> errors = JsonSchemas.errors(hsds.hsdsFile("service.json"),
                "{\"id\": \"svc-1\", \"name\": \"甲\", \"status\": \"open\", \"phones\": [{\"id\": \"x\"}]}");
        assertEquals(4, errors.size(), "two uuid formats, the status enum and the phone's missing number: " + errors);
    }

    @Test
    void theTabularExportIsValidHsds() throws IOException {
        JsonNode tables = portal.json("/api/hsds/tabular").body();
        assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile("compiled/tabular.json"), tables.toString()));
        for (String t : TABLES) {
            for (JsonNode row : tables.get(t)) {
                assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile(t + ".json"), row.toString()), t + " " + row);
            }
        }
        assertEquals(portal.index.search().all(DocType.SERVICE).size(), tables.get("service").size());
        links(tables);
    }

    @Test
    void servicesAndOrganizationsMatchTheirHsdsSchemas() throws IOException {
        JsonNode list = portal.json("/api/hsds/services?per_page=100").body();
        assertEquals(portal.index.search().all(DocType.SERVICE).size(), list.get("total_items").asInt());
        for (JsonNode s : list.get("contents")) {
            assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile("compiled/service_list.json"), s.toString()));
            JsonNode full = portal.json("/api/hsds/services/" + s.get("id").asText()).body();
            assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile("service.json"), full.toString()), s.get("name").asText());
            assertFalse(full.get("service_at_locations").get(0).get("schedules").isEmpty());
        }
        JsonNode orgs = portal.json("/api/hsds/organizations?per_page=100").body();
        for (JsonNode o : orgs.get("contents")) {
            assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile("compiled/organization_list.json"), o.toString()));
            JsonNode full = portal.json("/api/hsds/organizations/" + o.get("id").asText()).body();
            assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile("organization.json"), full.toString()));
            for (JsonNode s : full.get("services")) {
                assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile("service.json"), s.toString()));
            }
        }
        assertEquals("3.0", portal.json("/api/hsds").body().get("version").asText());
    }

    @Test
    void theCsvZipHasTheHsdsTablesWithValidRows() throws IOException {
        Map<String, List<CSVRecord>> files = unzip(portal.getBytes("/api/hsds.zip").body());
        ObjectNode tables = json.createObjectNode();
        for (String t : TABLES) {
            JsonNode schema = schemaFile(t);
            String path = schema.get("path").asText();
            assertTrue(files.containsKey(path), "zip has " + path + ": " + files.keySet());
            var rows = tables.putArray(t);
            for (CSVRecord r : files.get(path)) {
                ObjectNode row = rows.addObject();
                r.toMap().forEach((column, value) -> {
                    JsonNode type = schema.get("properties").path(column).path("type");
                    assertFalse(type.isMissingNode(), path + ": column " + column + " is not an HSDS field");
                    if (!value.isEmpty() || schema.get("required").toString().contains("\"" + column + "\"")) {
                        if (type.asText().equals("number")) {
                            row.put(column, Double.parseDouble(value));
                        } else {
                            row.put(column, value);
                        }
                    }
                });
                assertEquals(List.of(), JsonSchemas.errors(hsds.hsdsFile(t + ".json"), row.toString()), path + " " + row);
            }
        }
        links(tables);
    }

    /** Every foreign key names a row of the table it points to, and ids are unique in each table. */
    private static void links(JsonNode tables) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (String t : TABLES) {
            Set<String> seen = new HashSet<>();
            tables.get(t).forEach(r -> assertTrue(seen.add(r.get("id").asText()), t + " id twice: " + r.get("id")));
            ids.put(t, seen);
        }
        Map<String, String> keys = Map.of("organization_id", "organization", "service_id", "service",
                "location_id", "location", "service_at_location_id", "service_at_location");
        for (String t : TABLES) {
            for (JsonNode r : tables.get(t)) {
                keys.forEach((key, target) -> {
                    if (r.hasNonNull(key) && !r.get(key).asText().isEmpty()) {
                        assertTrue(ids.get(target).contains(r.get(key).asText()), t + "." + key + " → " + r.get(key));
                    }
                });
            }
        }
    }

    private JsonNode schemaFile(String table) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("hsds/" + table + ".json")) {
            return json.readTree(in);
        }
    }

    private static Map<String, List<CSVRecord>> unzip(byte[] zip) throws IOException {
        Map<String, List<CSVRecord>> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                CSVParser p = CSVParser.builder().setReader(new java.io.StringReader(text))
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
                out.put(e.getName(), p.getRecords());
            }
        }
        return out;
    }
}
