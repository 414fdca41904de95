package sunshine.app.api;

import io.javalin.config.RoutesConfig;
import sunshine.index.PortalIndex;

/** The JSON API under {@code /api}; its errors are JSON too (see ErrorMapping). */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index) {
        routes.get("/api/search", new SearchApi(index));
        routes.get("/api/documents/{id}", new DocumentApi(index));
        routes.get("/api/suggest", new SuggestApi(index));
    }
}
