package sunshine.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;

/** Stopping the server lets a request in flight finish (the serve command's shutdown hook calls the same stop). */
class GracefulStopTest {
    @TempDir
    Path dir;

    @Test
    void aRequestInFlightCompletesWhileTheServerStops() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        PortalIndex unopened = new PortalIndex(Files.createDirectories(dir.resolve("content")), dir.resolve("index"), 1);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            Operations.register(c, unopened, OpsOptions.embedded(), Clock.systemUTC());
            c.routes.get("/slow", ctx -> {
                started.countDown();
                Thread.sleep(1_500);
                ctx.result("finished");
            });
        }).start("localhost", 0);
        CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
        started.await(10, TimeUnit.SECONDS);
        app.stop();
        HttpResponse<String> r = slow.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("finished", r.body());
    }

    @Test
    void readyIs503WithoutAnOpenIndex() throws Exception {
        PortalIndex unopened = new PortalIndex(Files.createDirectories(dir.resolve("content")), dir.resolve("index"), 1);
        Javalin app = Javalin.create(c -> Operations.register(c, unopened, OpsOptions.embedded(), Clock.systemUTC())).start("localhost", 0);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
        } finally {
            app.stop();
        }
    }
}
