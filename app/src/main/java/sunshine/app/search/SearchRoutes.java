package sunshine.app.search;

import io.javalin.config.RoutesConfig;
import sunshine.index.PortalIndex;

/** Routes of the search feature. */
public final class SearchRoutes {
    private SearchRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index) {
        routes.get("/search", new SearchPage(index));
    }
}
