package sunshine.app;

import java.util.List;

/**
 * Every route of the portal with a sample path and the query parameters it reads. The hostile-input tests send their
 * payloads to each; {@link RouteListTest} fails when the app registers a route missing here, so a route added later
 * is covered as soon as it is listed. Add a line when you add a route.
 */
final class HostileRoutes {
    /** A route: method, template, a sample path (template filled with a plausible value) and its query parameters. */
    record Route(String method, String template, String sample, List<String> params) {
        static Route get(String template, String sample, String... params) {
            return new Route("GET", template, sample, List.of(params));
        }

        static Route post(String template) {
            return new Route("POST", template, template, List.of());
        }

        /** The template with {@code encoded} in place of its path parameter. */
        String withPathValue(String encoded) {
            return template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(encoded));
        }

        boolean hasPathParam() {
            return template.contains("{");
        }

        String key() {
            return method + " " + template;
        }
    }

    private static final String[] SEARCH = {"q", "type", "topic", "district", "page", "size", "sort"};

    static final List<Route> ALL = List.of(
            Route.get("/", "/"),
            Route.get("/about", "/about"),
            Route.get("/accessibility", "/accessibility"),
            Route.get("/mode", "/mode", "set", "back"),
            Route.get("/search", "/search", SEARCH),
            Route.get("/policy/{id}", "/policy/kunnan-shenghuo-butie", "explain"),
            Route.get("/faq/{id}", "/faq/faq-liangxiang-butie"),
            Route.get("/news/{id}", "/news/x"),
            Route.get("/document/{id}", "/document/doc-000000000000"),
            Route.get("/services", "/services", "district", "type", "open_now", "language", "q", "page"),
            Route.get("/service/{id}", "/service/x"),
            Route.get("/media/{file}", "/media/x.vtt"),
            Route.get("/match", "/match"),
            Route.post("/match"),
            Route.get("/desk", "/desk"),
            Route.post("/desk"),
            Route.get("/api/search", "/api/search", SEARCH),
            Route.get("/api/documents/{id}", "/api/documents/kunnan-shenghuo-butie"),
            Route.get("/api/suggest", "/api/suggest", "q", "limit"),
            Route.get("/api/services", "/api/services", "district", "type", "access", "open_now", "language"),
            Route.post("/api/match"),
            Route.get("/api/match/questions", "/api/match/questions"),
            Route.get("/api/hsds", "/api/hsds"),
            Route.get("/api/hsds/tabular", "/api/hsds/tabular"),
            Route.get("/api/hsds/services", "/api/hsds/services", "page", "per_page"),
            Route.get("/api/hsds/services/{id}", "/api/hsds/services/x"),
            Route.get("/api/hsds/organizations", "/api/hsds/organizations"),
            Route.get("/api/hsds/organizations/{id}", "/api/hsds/organizations/x"),
            Route.get("/api/hsds.zip", "/api/hsds.zip"),
            Route.get("/api/openapi.json", "/api/openapi.json"),
            Route.get("/api/docs", "/api/docs"),
            Route.get("/api/docs/{file}", "/api/docs/x.css"),
            Route.get("/feeds/policies.atom", "/feeds/policies.atom"),
            Route.get("/feeds/news.atom", "/feeds/news.atom"),
            Route.get("/feeds/topic/{file}", "/feeds/topic/x.atom"),
            Route.get("/sitemap.xml", "/sitemap.xml"),
            Route.get("/robots.txt", "/robots.txt"),
            Route.get("/opensearch.xml", "/opensearch.xml"),
            Route.get("/metrics", "/metrics"),
            Route.get("/health", "/health"),
            Route.get("/ready", "/ready"),
            // Registered only when PORTAL_ADMIN_TOKEN is set (the shared test portal has none: 404)
            Route.post("/admin/reload"),
            Route.get("/admin/searchlog", "/admin/searchlog"));

    private HostileRoutes() {
    }
}
