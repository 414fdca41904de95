package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;

/**
 * {@code GET /api/services}: filters by 街镇, type, accessibility (repeatable), language and open now; every point
 * carries its opening state, computed on a clock the test pins to dates of the 2026 holiday calendar.
 */
class ServicesApiTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void everyPointComesWithItsOpeningState() throws IOException {
        JsonNode body = portal.json("/api/services").body();
        assertEquals(portal.index.search().all(DocType.SERVICE).size(), body.get("total").asInt());
        for (JsonNode s : body.get("services")) {
            assertTrue(List.of("open", "opens_later", "closed_for_today", "closed_today", "suspended")
                    .contains(s.get("opening").get("state").asText()));
            assertFalse(s.get("opening").get("label").asText().isBlank());
            assertEquals("/service/" + s.get("id").asText(), s.get("url").asText());
        }
    }

    @Test
    void filtersCombine() {
        JsonNode body = portal.json("/api/services?language=" + ApiSearchTest.enc("手语") + "&access=" + ApiSearchTest.enc("坡道")
                + "&access=" + ApiSearchTest.enc("电梯")).body();
        assertTrue(body.get("total").asInt() > 0);
        for (JsonNode s : body.get("services")) {
            assertTrue(s.get("languages").toString().contains("手语"));
            assertTrue(s.get("accessibility").toString().contains("坡道") && s.get("accessibility").toString().contains("电梯"));
        }
        assertEquals(List.of("坡道", "电梯"), List.of(body.get("filters").get("access").get(0).asText(), body.get("filters").get("access").get(1).asText()));
        JsonNode nanxiang = portal.json("/api/services?district=" + ApiSearchTest.enc("南翔镇") + "&type=" + ApiSearchTest.enc("阳光之家")).body();
        assertEquals(1, nanxiang.get("total").asInt());
    }

    @Test
    void unknownValuesAre400NamingTheParameter() {
        TestPortal.Json r = portal.json("/api/services?language=" + ApiSearchTest.enc("火星语"));
        assertEquals(400, r.status());
        assertEquals("language", r.body().get("parameter").asText());
        assertEquals("open_now", portal.json("/api/services?open_now=yes").body().get("parameter").asText());
    }

    @Test
    void openNowFollowsTheHolidayCalendar() throws Exception {
        // A Tuesday morning: most points open. A Spring Festival weekday: all closed. A 调休 Sunday: weekday points open.
        assertTrue(openNow("2026-03-03T02:00:00Z") > 20);
        assertEquals(0, openNow("2026-02-18T02:00:00Z"));
        assertTrue(openNow("2026-01-04T02:00:00Z") > 20);
        assertTrue(openNow("2026-01-11T02:00:00Z") < openNow("2026-01-04T02:00:00Z"), "an ordinary Sunday opens fewer");
    }

    @Test
    void pagesShowTheStateInWords() throws Exception {
        try (PinnedApp app = new PinnedApp(portal, "2026-02-18T02:00:00Z")) {
            String id = "svc-nanxiang-yangguangzhijia";
            Document page = Jsoup.parse(app.get("/service/" + id).body());
            String now = page.selectFirst(".opening-now").text();
            assertTrue(now.startsWith("今日休息") && now.contains("春节"), now);
            Document list = Jsoup.parse(app.get("/services").body());
            assertEquals(list.select("li.point").size(), list.select("li.point .opening-now").size());
        }
    }

    private int openNow(String instant) throws Exception {
        try (PinnedApp app = new PinnedApp(portal, instant)) {
            JsonNode body = new ObjectMapper().readTree(app.get("/api/services?open_now=true").body());
            body.get("services").forEach(s -> assertEquals("open", s.get("opening").get("state").asText()));
            return body.get("total").asInt();
        }
    }

    /** The same index served by a second app whose clock is fixed at an instant. */
    private static final class PinnedApp implements AutoCloseable {
        private final Javalin app;
        private final HttpClient http = HttpClient.newHttpClient();

        PinnedApp(TestPortal portal, String instant) {
            Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
            WebOptions options = new WebOptions(Path.of("../content/news/media"), clock, true);
            app = WebApp.create(portal.index, options).start("localhost", 0);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            app.stop();
        }
    }
}
