package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code /api/match} refuses, and how: a 400 naming the field in Chinese without echoing the value, 415, 413. */
class MatchApiErrorsTest {
    private static final String BAD = "ZQX火星99";
    private final MatchClient client = new MatchClient();
    private final TestPortal portal = TestPortal.get();

    @Test
    void everyQuestionRefusesABadValueNamingTheField() {
        for (JsonNode q : client.portalQuestions()) {
            String field = q.get("field").asText();
            TestPortal.Json r = client.api(Map.of("profile", Map.of(field, BAD)));
            assertEquals(400, r.status(), field);
            assertEquals(field, r.body().get("parameter").asText(), r.body().toString());
            assertEquals(field, r.body().at("/errors/0/field").asText());
            assertTrue(r.body().get("message").asText().contains(q.get("label").asText()), r.body().toString());
            assertFalse(r.response().body().contains("ZQX"), "the value is never echoed: " + r.body());
        }
    }

    @Test
    void wrongTypesAndTopLevelValuesNameTheirField() {
        assertBad(Map.of("profile", Map.of("age", 200)), "age");
        assertBad(Map.of("profile", Map.of("age", 12.5)), "age");
        assertBad(Map.of("profile", Map.of("hukou", Map.of("a", 1))), "hukou");
        assertBad(Map.of("profile", Map.of("no_such_field", "x")), "no_such_field");
        assertBad(Map.of("for", "neighbour"), "for");
        assertBad(Map.of("explain", "yes"), "explain");
        assertBad(Map.of("needs", java.util.List.of("飞行")), "needs");
        assertBad(Map.of("text", "字".repeat(1001)), "text");
        assertBad(Map.of("street", "南翔镇"), "street");
        assertBad(Map.of("profile", Map.of("street", "南翔镇", "district", "本市其他区")), "district");
    }

    @Test
    void answersInEveryFormTheyMayTakeAreAccepted() {
        TestPortal.Json r = client.api(Map.of("profile", MatchClient.profile("age", "1960-05-01", "has_certificate", "否",
                "child_age", "不适用", "lives_alone", false, "grade", null), "needs", "就业、补贴"));
        assertEquals(200, r.status(), r.response().body());
        assertEquals("[\"就业\",\"补贴\"]", r.body().get("needs").toString());
    }

    @Test
    void malformedJsonIs400AndSaysNothingOfTheBody() {
        for (String body : new String[] {"{", "[1,2]", "\"text\"", "{\"text\": \"ZQX\"} trailing", "{\"a\":1,\"a\":2}", ""}) {
            TestPortal.Json r = client.api("/api/match", body);
            assertEquals(400, r.status(), body);
            assertEquals("bad_request", r.body().get("error").asText());
            assertFalse(r.response().body().contains("ZQX"));
        }
    }

    @Test
    void onlyJsonIsTaken() {
        HttpResponse<String> r = portal.send(HttpRequest.newBuilder(portal.base.resolve("/api/match"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("hukou=本市")).build());
        assertEquals(415, r.statusCode());
        assertTrue(r.body().contains("\"error\":\"unsupported_media_type\""), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aLargeBodyIs413() {
        String big = "{\"text\": \"" + "字".repeat(8000) + "\"}";
        HttpResponse<String> r = portal.send(HttpRequest.newBuilder(portal.base.resolve("/api/match"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big, StandardCharsets.UTF_8)).build());
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("payload_too_large") || r.body().contains("\"error\""), r.body());
    }

    @Test
    void questionsDescribeTheForm() {
        TestPortal.Json r = portal.json("/api/match/questions");
        assertEquals(200, r.status());
        assertEquals("不清楚", r.body().get("unknown").asText());
        JsonNode age = find(r.body().get("questions"), "age");
        assertEquals("number", age.get("type").asText());
        assertEquals(0, age.get("min").asInt());
        assertEquals(120, age.get("max").asInt());
        assertEquals("岁", age.get("unit").asText());
        assertTrue(age.get("accepts_birth_date").asBoolean());
        assertEquals("[\"本市\",\"外省市\"]", find(r.body().get("questions"), "hukou").get("options").toString());
        assertTrue(find(r.body().get("questions"), "needs").get("multiple").asBoolean());
        assertEquals("没有需要康复的孩子", find(r.body().get("questions"), "child_age").get("not_applicable").asText());
    }

    private void assertBad(Map<String, Object> body, String field) {
        TestPortal.Json r = client.api(body);
        assertEquals(400, r.status(), body.toString());
        assertEquals(field, r.body().get("parameter").asText(), r.body().toString());
        assertFalse(r.body().get("message").asText().isBlank());
    }

    private static JsonNode find(JsonNode questions, String field) {
        for (JsonNode q : questions) {
            if (q.get("field").asText().equals(field)) {
                return q;
            }
        }
        throw new AssertionError("no question " + field);
    }
}
