package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;

/** /metrics: Prometheus text with requests by route template (never raw paths or queries), search, index and JVM. */
class MetricsTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void requestsAreCountedByRouteTemplateOnly() throws IOException {
        String id = portal.index.search().all(DocType.POLICY).getFirst().id();
        portal.get("/policy/" + id);
        portal.get("/api/search?q=" + ApiSearchTest.enc("私人问题补贴"));
        portal.get("/no-such-page-xyz");
        HttpResponse<String> r = portal.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String m = r.body();
        assertTrue(m.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/policy/{id}\",status=\"200\"}"), m);
        assertTrue(m.contains("route=\"/api/search\""));
        assertTrue(m.contains("route=\"unmatched\",status=\"404\""));
        assertFalse(m.contains(id), "no document id in labels");
        assertFalse(m.contains("私人问题") || m.contains("xyz"), "no query text or raw path in metrics");
    }

    @Test
    void searchIndexAndJvmMetricsAreThere() {
        portal.get("/search?q=" + ApiSearchTest.enc("补贴"));
        String m = portal.get("/metrics").body();
        assertTrue(m.contains("portal_search_seconds_bucket{le="), "search latency histogram");
        assertEquals(portal.index.search().documentCount(), (int) value(m, "portal_index_documents"));
        assertTrue(value(m, "portal_index_last_reindex_seconds") > 1.7e9, "last reindex as Unix time");
        assertTrue(m.contains("jvm_memory_used_bytes"));
        assertTrue(m.contains("jvm_threads_live_threads"));
        assertTrue(m.contains("jetty_threads_current"), "Jetty thread pool binder");
        assertTrue(m.contains("jetty_server_requests_seconds_count"), "micrometer-jetty12 TimedHandler");
    }

    private static double value(String metrics, String name) {
        Matcher v = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertTrue(v.find(), name + " missing");
        return Double.parseDouble(v.group(1));
    }
}
