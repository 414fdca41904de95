package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/search}: the documented keys, facets, validation and hostile input. */
class ApiSearchTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void answersWithTheDocumentedKeys() {
        TestPortal.Json r = portal.json("/api/search?q=" + enc("补贴"));
        assertEquals(200, r.status());
        assertTrue(r.response().headers().firstValue("Content-Type").orElse("").matches("application/json; ?charset=utf-8"));
        JsonNode b = r.body();
        for (String key : List.of("total", "took_ms", "page", "size", "total_pages", "hits", "facets", "filters", "understood")) {
            assertTrue(b.has(key), "missing " + key);
        }
        assertTrue(b.get("total").asLong() > 0);
        JsonNode hit = b.get("hits").get(0);
        for (String key : List.of("id", "type", "type_label", "title", "url", "summary", "snippet", "score", "date", "street", "sample")) {
            assertTrue(hit.has(key), "hit lacks " + key);
        }
        assertTrue(hit.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "ISO date");
        assertTrue(hit.get("snippet").get(0).has("text") && hit.get("snippet").get(0).has("match"));
    }

    @Test
    void facetsAndFiltersAreReported() {
        JsonNode b = portal.json("/api/search?q=" + enc("阳光之家") + "&type=service&size=5").body();
        for (String dim : List.of("type", "topic", "district")) {
            assertTrue(b.get("facets").has(dim), dim);
        }
        JsonNode first = b.get("facets").get("type").get(0);
        assertTrue(first.has("value") && first.has("label") && first.get("count").asLong() > 0);
        assertFalse(b.get("facets").get("district").isEmpty(), "service points have 街镇");
        assertEquals("service", b.get("filters").get("type").asText());
        assertEquals(5, b.get("filters").get("size").asInt());
        b.get("hits").forEach(h -> assertEquals("service", h.get("type").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"size=51,size", "size=abc,size", "type=foo,type", "page=999,page", "page=0,page", "sort=best,sort"})
    void badParametersAre400WithAMessage(String query, String parameter) {
        assertBadRequest(portal.json("/api/search?q=" + enc("补贴") + "&" + query), parameter);
    }

    @Test
    void queryOver200CharactersIs400() {
        assertBadRequest(portal.json("/api/search?q=" + "字".repeat(201)), "q");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"title:(", "\"", "*", "\\", "AND", "a OR b", "补贴 AND", "((残疾", "<script>alert(1)</script>"})
    void hostileTextIsSearchedAsText(String q) {
        TestPortal.Json r = portal.json("/api/search?q=" + enc(q));
        assertEquals(200, r.status(), r.response().body());
        assertEquals(q.strip(), r.body().get("filters").get("q").asText());
    }

    @Test
    void emptyQueryListsNewestFirst() {
        JsonNode hits = portal.json("/api/search").body().get("hits");
        assertTrue(hits.size() >= 2);
        LocalDate first = LocalDate.parse(hits.get(0).get("date").asText());
        LocalDate second = LocalDate.parse(hits.get(1).get("date").asText());
        assertFalse(first.isBefore(second), first + " before " + second);
        assertEquals("date", portal.json("/api/search").body().get("filters").get("sort").asText());
    }

    static void assertBadRequest(TestPortal.Json r, String parameter) {
        assertEquals(400, r.status(), r.response().body());
        assertEquals("bad_request", r.body().get("error").asText());
        assertEquals(parameter, r.body().get("parameter").asText());
        String message = r.body().get("message").asText();
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), message);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
