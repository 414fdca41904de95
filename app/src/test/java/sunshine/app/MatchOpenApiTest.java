package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/match} answers as openapi.json documents it (the contract test only calls GET routes). */
class MatchOpenApiTest {
    private final TestPortal portal = TestPortal.get();
    private final MatchClient client = new MatchClient();
    private final JsonSchemas schemas = JsonSchemas.openApi(portal.get("/api/openapi.json").body());

    @Test
    void answersMatchTheMatchResponseSchema() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("text", "我是盲人，住在南翔镇，家里是低保，想找工作，不清楚是不是重度"),
                Map.of("profile", MatchClient.profile("hukou", "外省市", "age", "1960-05-01", "child_age", "不适用"), "explain", true),
                Map.of("profile", MatchClient.profile("street", "安亭镇", "has_certificate", true), "for", "family"))) {
            TestPortal.Json r = client.api(body);
            assertEquals(200, r.status());
            assertEquals(List.of(), JsonSchemas.errors(schemas.component("MatchResponse"), r.response().body()), body.toString());
        }
    }

    @Test
    void errorsMatchTheirSchemas() {
        TestPortal.Json bad = client.api(Map.of("profile", Map.of("hukou", "火星")));
        assertEquals(List.of(), JsonSchemas.errors(schemas.component("MatchError"), bad.response().body()));
        TestPortal.Json broken = client.api("/api/match", "{");
        assertEquals(List.of(), JsonSchemas.errors(schemas.component("Error"), broken.response().body()));
    }
}
