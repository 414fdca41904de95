package sunshine.app.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.app.WebApp;
import sunshine.app.WebOptions;
import sunshine.index.PortalIndex;
import sunshine.index.semantic.SemanticModel;

/**
 * Four clients search over HTTP without pause while another PortalIndex (what {@code portal index --force} runs)
 * rebuilds the same index folder twice and the server swaps to each new generation, as the serve command's watcher
 * does. Every request must be answered 200 with results: none fails, none comes back empty during a swap.
 */
class ReindexUnderLoadTest {
    private static final List<String> QUERIES = List.of("补贴", "残疾人证", "阳光之家", "法律援助", "护理补贴");

    @TempDir
    Path dir;

    @Test
    void searchesDuringRebuildsAndSwapsAllSucceedWithResults() throws Exception {
        Path content = ContentCopy.of(dir.resolve("content"));
        Path indexDir = dir.resolve("index");
        try (PortalIndex served = new PortalIndex(content, indexDir, 1, SemanticModel.off())) {
            served.open(PortalIndex.Progress.none());
            Path before = served.store().current().orElseThrow();
            Javalin app = WebApp.create(served, WebOptions.forContent(content)).start("localhost", 0);
            AtomicBoolean running = new AtomicBoolean(true);
            Queue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger answered = new AtomicInteger();
            List<Thread> clients = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                clients.add(Thread.ofPlatform().start(() -> hammer(app.port(), offset, running, answered, failures)));
            }
            Thread watcher = Thread.ofPlatform().start(() -> watch(served, running, failures));
            try (PortalIndex cli = new PortalIndex(content, indexDir, 1, SemanticModel.off())) {
                for (int i = 0; i < 2; i++) {
                    cli.open(PortalIndex.Progress.none(), true);
                    Thread.sleep(400);
                }
            }
            Thread.sleep(500);
            running.set(false);
            for (Thread c : clients) {
                c.join();
            }
            watcher.join();
            app.stop();
            assertEquals(List.of(), List.copyOf(failures));
            assertTrue(answered.get() > 50, "only " + answered.get() + " answers");
            assertNotEquals(before, served.store().current().orElseThrow(), "the server swapped to a new generation");
        }
    }

    private static void hammer(int port, int offset, AtomicBoolean running, AtomicInteger answered, Queue<String> failures) {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = offset; running.get(); i++) {
            String q = QUERIES.get(i % QUERIES.size());
            URI uri = URI.create("http://localhost:" + port + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || r.body().contains("\"total\":0,")) {
                    failures.add(q + " → " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                }
                answered.incrementAndGet();
            } catch (Exception e) {
                failures.add(q + " → " + e);
            }
        }
    }

    /** What the serve command's watcher does, more often. */
    private static void watch(PortalIndex served, AtomicBoolean running, Queue<String> failures) {
        while (running.get()) {
            try {
                served.refreshFromDisk();
                Thread.sleep(50);
            } catch (Exception e) {
                failures.add("refresh: " + e);
            }
        }
    }
}
