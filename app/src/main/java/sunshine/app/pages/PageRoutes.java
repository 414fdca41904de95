package sunshine.app.pages;

import io.javalin.config.RoutesConfig;
import sunshine.index.PortalIndex;

/** The home page and the fixed pages. */
public final class PageRoutes {
    private PageRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index) {
        routes.get("/", new HomePage(index));
        routes.get("/about", new AboutPage(index));
        routes.get("/accessibility", new AccessibilityPage());
    }
}
