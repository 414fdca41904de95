package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** One error mapping: pages for people, JSON for the API, never a stack trace or Jetty's own page. */
class ErrorHandlingTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void unknownPathIsTheHuman404Page() {
        TestPortal.Page page = portal.page("/this/does/not/exist");
        assertEquals(404, page.status());
        assertEquals("找不到这个页面", page.doc().selectFirst("h1").text());
        assertNoLeak(page.response());
    }

    @Test
    void postToAPageIs405() {
        HttpResponse<String> r = portal.send(HttpRequest.newBuilder(portal.base.resolve("/search"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).header("Accept", "text/html").build());
        assertEquals(405, r.statusCode());
        assertTrue(r.body().contains("<h1>不支持这种请求</h1>"));
        assertNoLeak(r);
    }

    @Test
    void postToTheApiIsA405InJson() {
        HttpResponse<String> r = portal.send(HttpRequest.newBuilder(portal.base.resolve("/api/search"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, r.statusCode());
        assertTrue(r.body().contains("\"error\":\"method_not_allowed\""), r.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/api/search", "/css/portal.css", "/nope", "/api/documents/nope"}) {
            HttpResponse<String> r = portal.get(path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertFalse(r.headers().firstValue("Referrer-Policy").orElse("").isEmpty(), path);
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + " sets no cookie");
        }
    }

    @Test
    void staticFilesAreCached() {
        HttpResponse<String> css = portal.get("/css/portal.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    private static void assertNoLeak(HttpResponse<String> r) {
        assertFalse(r.body().contains("Exception") || r.body().contains("at io.javalin") || r.body().contains("Jetty"), r.body());
        assertTrue(r.headers().firstValue("Server").isEmpty(), "no server version");
    }
}
