package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.app.ops.OpsOptions;

/** The serve command's operational settings on a real server: rate and size limits, probes, admin, search log. */
class OperationsTest {
    private static final String TOKEN = "test-token-1234567890";
    @TempDir
    static Path logDir;
    private static Javalin app;
    private static Javalin limited;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        TestPortal shared = TestPortal.get();
        WebOptions web = WebOptions.forContent(Path.of("../content"));
        app = WebApp.create(shared.index, web, OpsOptions.embedded().withAdminToken(TOKEN).withSearchLog(logDir)).start("localhost", 0);
        limited = WebApp.create(shared.index, web, OpsOptions.embedded().withRateLimit(2, 3)).start("localhost", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        limited.stop();
    }

    @Test
    void apiClientsOverTheirRateGet429WithRetryAfterPagesDoNot() throws Exception {
        List<HttpResponse<String>> api = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            api.add(get(limited, "/api/documents/nope"));
        }
        HttpResponse<String> refused = api.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertTrue(refused.body().contains("\"error\":\"too_many_requests\""), refused.body());
        for (int i = 0; i < 8; i++) {
            assertEquals(200, get(limited, "/about").statusCode());
        }
    }

    @Test
    void bodiesOverTheLimitAre413AsJsonOrPage() throws Exception {
        String big = "q=" + "a".repeat(100_000);
        HttpResponse<String> api = post("/api/match", big, null);
        assertEquals(413, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"error\":\"too_large\""), api.body());
        HttpResponse<String> page = post("/search", big, null);
        assertEquals(413, page.statusCode());
        assertTrue(page.body().contains("<h1>提交的内容太大</h1>"), page.body());
    }

    @Test
    void healthAndReadyAnswer() throws Exception {
        assertEquals(200, get(app, "/health").statusCode());
        HttpResponse<String> ready = get(app, "/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"ready\""), ready.body());
    }

    @Test
    void adminNeedsTheBearerToken() throws Exception {
        assertEquals(401, post("/admin/reload", "", null).statusCode());
        HttpResponse<String> wrong = post("/admin/reload", "", "Bearer nope");
        assertEquals(401, wrong.statusCode());
        assertEquals("Bearer", wrong.headers().firstValue("WWW-Authenticate").orElse(""));
        HttpResponse<String> ok = post("/admin/reload", "", "Bearer " + TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"documents\":"), ok.body());
    }

    @Test
    void adminRoutesDoNotExistWithoutAToken() {
        TestPortal portal = TestPortal.get();
        assertEquals(404, portal.send(HttpRequest.newBuilder(portal.base.resolve("/admin/reload"))
                .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer x").build()).statusCode());
        assertEquals(404, portal.get("/admin/searchlog").statusCode());
    }

    @Test
    void headersForbidFramingSniffingAndInlineCode() throws Exception {
        HttpResponse<String> r = get(app, "/");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void searchLogCountsSearchesOnlyAndKeepsNothingPersonal() throws Exception {
        get(app, "/api/search?q=" + HostileInput.enc("补贴"));
        get(app, "/search?q=" + HostileInput.enc("補貼"));
        get(app, "/api/search?q=" + HostileInput.enc("补贴") + "&page=2");
        get(app, "/api/search?q=" + HostileInput.enc("qqzzxxyy 13912345678"));
        get(app, "/api/documents/kunnan-shenghuo-butie");
        post("/match", "age=45&q=" + HostileInput.enc("补贴"), null);
        HttpResponse<String> log = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/admin/searchlog"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, log.statusCode(), log.body());
        assertTrue(log.body().contains("{\"query\":\"补贴\",\"count\":2,\"zero\":0}"), log.body());
        assertTrue(log.body().contains("\"searches\":3,\"zero_results\":1"), log.body());
        assertFalse(log.body().contains("13912345678"), "long numbers are masked");
        String file = Files.readString(Files.list(logDir).filter(p -> p.toString().endsWith(".tsv")).findFirst().orElseThrow());
        assertTrue(file.startsWith("# searches\t3\tzero_results\t1"), file);
        assertFalse(file.contains("127.0.0.1") || file.matches("(?s).*\\d{2}:\\d{2}.*"), "no address, no time of day: " + file);
    }

    static HttpResponse<String> get(Javalin server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
