package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;

/** {@code GET /api/documents/{id}}: the whole record, or a JSON 404. */
class ApiDocumentTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void aPolicyComesBackWhole() throws IOException {
        String id = portal.index.search().all(DocType.POLICY).getFirst().id();
        TestPortal.Json r = portal.json("/api/documents/" + id);
        assertEquals(200, r.status());
        JsonNode b = r.body();
        assertEquals(id, b.get("id").asText());
        assertEquals("policy", b.get("type").asText());
        assertEquals("/policy/" + id, b.get("url").asText());
        JsonNode doc = b.get("document");
        assertEquals(id, doc.get("id").asText());
        assertTrue(doc.get("effective_from").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "snake_case ISO date");
        assertFalse(doc.get("apply").get("where").asText().isBlank());
        assertFalse(doc.get("body_markdown").asText().isBlank());
    }

    @Test
    void aServicePointComesBackWithItsFields() throws IOException {
        String id = portal.index.search().all(DocType.SERVICE).getFirst().id();
        JsonNode doc = portal.json("/api/documents/" + id).body().get("document");
        assertTrue(doc.has("street") && doc.has("phones") && doc.has("accessibility") && doc.has("verified"));
    }

    @Test
    void anUnknownIdIsAJson404() {
        TestPortal.Json r = portal.json("/api/documents/no-such-document");
        assertEquals(404, r.status());
        assertEquals("not_found", r.body().get("error").asText());
        assertTrue(r.body().get("message").asText().contains("no-such-document"));
    }

    @Test
    void anUnknownApiPathIsAJson404() {
        TestPortal.Json r = portal.json("/api/nothing-here");
        assertEquals(404, r.status());
        assertEquals("not_found", r.body().get("error").asText());
    }
}
