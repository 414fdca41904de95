package sunshine.app.pages;

import io.javalin.config.RoutesConfig;
import sunshine.index.PortalIndex;

/** The home page, the fixed pages and the reading-mode switch. */
public final class PageRoutes {
    private PageRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index) {
        routes.get("/", new HomePage(index));
        routes.get("/about", new AboutPage(index));
        routes.get("/accessibility", new AccessibilityPage());
        routes.get("/mode", new ModeSwitch());
    }
}
