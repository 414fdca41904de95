package sunshine.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import sunshine.index.PortalIndex;

/**
 * The portal as a visitor meets it: a real index built once per test JVM from {@code content/}, the web app on a
 * free port, and an HTTP client. Shared by every test class, stopped when the JVM exits.
 */
final class TestPortal {
    private static TestPortal shared;

    final PortalIndex index;
    final Javalin app;
    final URI base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    private TestPortal(PortalIndex index, Javalin app) {
        this.index = index;
        this.app = app;
        this.base = URI.create("http://localhost:" + app.port());
    }

    static synchronized TestPortal get() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static TestPortal start() {
        try {
            Path content = Path.of("../content").toAbsolutePath().normalize();
            Path indexDir = Files.createTempDirectory("sunshine-web-test");
            PortalIndex index = new PortalIndex(content, indexDir, 2);
            index.open(PortalIndex.Progress.none());
            Javalin app = WebApp.create(index, WebOptions.forContent(content)).start("localhost", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                try {
                    index.close();
                    deleteTree(indexDir);
                } catch (IOException ignored) {
                    // a temp dir left behind is harmless
                }
            }));
            return new TestPortal(index, app);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).headers(withAgent(headers)).GET().build());
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).headers(withAgent(headers)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page parsed as HTML, with its status. */
    Page page(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery, "Accept", "text/html");
        return new Page(r, Jsoup.parse(r.body(), base.resolve(pathAndQuery).toString()));
    }

    /** A JSON answer, with its status. */
    Json json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery, "Accept", "application/json");
        try {
            return new Json(r, json.readTree(r.body()));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    record Page(HttpResponse<String> response, Document doc) {
        int status() {
            return response.statusCode();
        }

        /** A response fetched with extra headers (a cookie, say), parsed as HTML. */
        static Document parse(HttpResponse<String> r, TestPortal portal) {
            return Jsoup.parse(r.body(), portal.base.resolve(r.uri().getRawPath()).toString());
        }
    }

    record Json(HttpResponse<String> response, JsonNode body) {
        int status() {
            return response.statusCode();
        }
    }

    private static String[] withAgent(String[] headers) {
        String[] out = new String[headers.length + 2];
        System.arraycopy(headers, 0, out, 0, headers.length);
        out[headers.length] = "User-Agent";
        out[headers.length + 1] = "sunshine-web-test";
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
