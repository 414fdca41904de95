package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * /api/docs runs Swagger UI from the webjar, under a CSP of its own that allows scripts from this site only, never
 * inline; every other response keeps the portal's {@code script-src 'none'}.
 */
class ApiDocsPageTest {
    private static final String PAGE_CSP_SCRIPT = "script-src 'none'";
    private final TestPortal portal = TestPortal.get();

    @Test
    void theDocsPageLoadsOnlyLocalScriptsUnderItsOwnCsp() {
        TestPortal.Page page = portal.page("/api/docs");
        assertEquals(200, page.status());
        String csp = csp(page.response());
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*"), csp);
        Document doc = page.doc();
        assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
        for (Element script : doc.select("script")) {
            assertTrue(script.hasAttr("src") && script.data().isBlank(), "no inline script: " + script);
            assertTrue(script.attr("src").startsWith("/api/docs/"), "served by the portal itself: " + script.attr("src"));
        }
        assertTrue(doc.select("a[href=/api/openapi.json]").size() > 0, "the raw document is linked for readers without script");
    }

    @Test
    void itsScriptsAndStylesComeFromTheWebjarAndOurOwnStartFile() {
        for (String file : List.of("swagger-ui-bundle.js", "swagger-ui.css", "init.js", "docs.css")) {
            HttpResponse<String> r = portal.get("/api/docs/" + file);
            assertEquals(200, r.statusCode(), file);
            assertTrue(csp(r).contains("script-src 'self'"), file);
        }
        assertTrue(portal.get("/api/docs/init.js").body().contains("'/api/openapi.json'"));
        assertEquals(404, portal.get("/api/docs/swagger-initializer.js").statusCode(), "the petstore initializer is not served");
        assertEquals(404, portal.get("/api/docs/..%2Fopenapi.json").statusCode());
    }

    @Test
    void everyOtherResponseKeepsThePortalCsp() {
        for (String url : List.of("/", "/search?q=补贴", "/services", "/api/search", "/api/openapi.json", "/sitemap.xml",
                "/feeds/news.atom", "/no-such-page")) {
            String csp = csp(portal.get(url.replace("补贴", "%E8%A1%A5%E8%B4%B4")));
            assertTrue(csp.contains(PAGE_CSP_SCRIPT), url + ": " + csp);
            assertFalse(csp.contains("script-src 'self'"), url);
        }
    }

    @Test
    void theFooterLinksTheApiDocs() {
        assertFalse(portal.page("/").doc().select("footer a[href=/api/docs]").isEmpty());
    }

    private static String csp(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Security-Policy").orElse("");
    }
}
