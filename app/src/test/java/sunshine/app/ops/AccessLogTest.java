package sunshine.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The access log names the route template, never the values in the path, the query, the address or the body. */
class AccessLogTest {
    @Test
    void linesHoldMethodRouteStatusAndTimeOnly() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.requestLogger.http(new AccessLog(lines::add));
            c.routes.get("/policy/{id}", ctx -> ctx.result("ok"));
            c.routes.get("/health", ctx -> ctx.result("ok"));
        }).start("localhost", 0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + app.port();
            http.send(HttpRequest.newBuilder(URI.create(base + "/policy/secret-id?q=%E6%88%91%E7%9A%84%E7%97%85")).build(), HttpResponse.BodyHandlers.ofString());
            http.send(HttpRequest.newBuilder(URI.create(base + "/private/path/13912345678")).build(), HttpResponse.BodyHandlers.ofString());
            http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            app.stop();
        }
        assertEquals(2, lines.size(), "successful probes are not logged: " + lines);
        assertTrue(lines.get(0).matches("GET /policy/\\{id} 200 \\d+\\.\\dms"), lines.get(0));
        assertTrue(lines.get(1).matches("GET \\(unmatched\\) 404 \\d+\\.\\dms"), lines.get(1));
        String all = String.join("\n", lines);
        for (String secret : List.of("secret-id", "q=", "我的病", "13912345678", "127.0.0.1", "private")) {
            assertFalse(all.contains(secret), secret);
        }
    }
}
