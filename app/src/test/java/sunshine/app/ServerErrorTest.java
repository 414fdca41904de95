package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sunshine.index.PortalIndex;

/** A failure inside a handler (here: an index that was never opened) is a plain 500, logged, never shown. */
class ServerErrorTest {
    private static Javalin app;
    private static Path indexDir;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path content = Path.of("../content").toAbsolutePath().normalize();
        indexDir = Files.createTempDirectory("sunshine-unopened");
        PortalIndex unopened = new PortalIndex(content, indexDir, 1);
        app = WebApp.create(unopened, WebOptions.forContent(content)).start("localhost", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        try (var files = Files.walk(indexDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void aPageFailureIsTheGeneric500Page() throws Exception {
        HttpResponse<String> r = get("/search?q=x");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().contains("<h1>服务暂时出了问题</h1>"), r.body());
        assertNoTrace(r.body());
    }

    @Test
    void anApiFailureIsGeneric500Json() throws Exception {
        HttpResponse<String> r = get("/api/search?q=x");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().startsWith("{\"error\":\"server_error\""), r.body());
        assertNoTrace(r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://localhost:" + app.port() + path);
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoTrace(String body) {
        assertFalse(body.contains("Exception") || body.contains("open() the index") || body.contains("\tat "), body);
    }
}
