package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every payload of {@link HostileInput} against every route of {@link HostileRoutes}: in the path parameter, in every
 * query parameter at once, in each parameter the route reads, and as form and JSON bodies of POST routes. Sent with
 * a client that takes pre-encoded URIs, four at a time.
 */
class HostileInputTest {
    private final TestPortal portal = TestPortal.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyPayloadInEveryParameterOfEveryRoute() throws Exception {
        List<Probe> probes = new ArrayList<>();
        for (HostileRoutes.Route r : HostileRoutes.ALL) {
            for (String p : HostileInput.PAYLOADS) {
                if (r.method().equals("POST")) {
                    probes.add(Probe.post(r.sample(), "application/x-www-form-urlencoded", "q=" + HostileInput.enc(p) + "&age=" + HostileInput.enc(p), p));
                    probes.add(Probe.post(r.sample(), "application/json", "{\"q\":\"" + json(p) + "\",\"age\":\"" + json(p) + "\"}", p));
                    continue;
                }
                probes.add(Probe.get(r.sample() + "?" + HostileInput.ALL_PARAMS.stream()
                        .map(n -> n + "=" + HostileInput.enc(p)).collect(Collectors.joining("&")), p));
                if (!HostileInput.CORE.contains(p)) {
                    continue; // the rest only all at once: each parameter alone would be thousands of requests
                }
                if (r.hasPathParam()) {
                    probes.add(Probe.get(r.withPathValue(HostileInput.enc(p).replace("+", "%20")), p));
                }
                for (String param : r.params()) {
                    probes.add(Probe.get(r.sample() + "?" + param + "=" + HostileInput.enc(p), p));
                }
            }
        }
        run(probes);
    }

    @Test
    void repeatedParametersAreOneValueOrA400() throws Exception {
        String repeated = "?q=a&q=b&page=1&page=2&size=1&size=-1&type=policy&type=faq&district=x&district=y&sort=date&sort=name";
        run(HostileRoutes.ALL.stream().filter(r -> r.method().equals("GET")).map(r -> Probe.get(r.sample() + repeated, null)).toList());
    }

    @Test
    void brokenJsonAndFormBodiesAreRefusedPolitely() throws Exception {
        List<String> bodies = List.of("{", "[".repeat(5_000), "{\"age\": 1e999}", "{\"q\": {\"$ne\": null}}", "\u0000\u0001\u00ff",
                "q=%ZZ&age=%", "age=-99999999999999999999&disability=<script>");
        List<Probe> probes = new ArrayList<>();
        for (HostileRoutes.Route r : HostileRoutes.ALL) {
            for (String b : bodies) {
                probes.add(Probe.post(r.sample(), b.startsWith("{") || b.startsWith("[") ? "application/json" : "application/x-www-form-urlencoded", b, null));
            }
        }
        run(probes);
    }

    @Test
    void legitimateTextIsSearchedNotRefused() throws Exception {
        for (String q : List.of("title:(", "*:*", "a~", "\\", "\"unbalanced", "😀残疾人证", "\u202Eevil\u202C", "<script>alert(1)</script>")) {
            HttpResponse<String> r = send(Probe.get("/api/search?q=" + HostileInput.enc(q), q));
            assertEquals(200, r.statusCode(), q + ": " + r.body());
            assertTrue(r.body().contains("\"hits\""), q);
        }
    }

    private record Probe(String method, String target, String contentType, String body, String payload) {
        static Probe get(String target, String payload) {
            return new Probe("GET", target, null, null, payload);
        }

        static Probe post(String target, String type, String body, String payload) {
            return new Probe("POST", target, type, body, payload);
        }
    }

    private void run(List<Probe> probes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Probe p : probes) {
                done.add(pool.submit(() -> {
                    HttpResponse<String> r = sendRetrying(p);
                    HostileInput.assertSane(p.method() + " " + HostileInput.cut(p.target()), r.statusCode(),
                            r.headers().firstValue("Content-Type").orElse(""), r.body(), p.payload());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Jetty closes the connection after refusing an oversized request line; the client may have picked that pooled
     * connection for the next request at the same moment. A browser retries such a request once, and so do we.
     */
    private HttpResponse<String> sendRetrying(Probe p) throws Exception {
        try {
            return send(p);
        } catch (java.io.IOException e) {
            try {
                return send(p);
            } catch (java.io.IOException again) {
                throw new AssertionError(p.method() + " " + HostileInput.cut(p.target()) + ": " + again, again);
            }
        }
    }

    private HttpResponse<String> send(Probe p) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.base + p.target())).timeout(Duration.ofSeconds(30))
                .header("Accept", p.target().startsWith("/api") ? "application/json" : "text/html");
        if (p.method().equals("POST")) {
            b.header("Content-Type", p.contentType()).POST(HttpRequest.BodyPublishers.ofString(p.body()));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
