package sunshine.app.services;

import io.javalin.config.RoutesConfig;
import sunshine.app.web.DocumentLookup;
import sunshine.index.PortalIndex;

/** The service directory and its points. */
public final class ServiceRoutes {
    private ServiceRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index) {
        routes.get("/services", new ServicesPage(index));
        routes.get("/service/{id}", new ServicePage(new DocumentLookup(index)));
    }
}
