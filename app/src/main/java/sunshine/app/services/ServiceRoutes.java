package sunshine.app.services;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import sunshine.app.api.ServicesApi;
import sunshine.app.web.DocumentLookup;
import sunshine.index.PortalIndex;
import sunshine.index.hours.OpeningStatus;

/** The service directory and its points, as pages and as {@code /api/services}. */
public final class ServiceRoutes {
    private ServiceRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index) {
        register(routes, index, Clock.system(OpeningStatus.SHANGHAI));
    }

    /** {@code clock} decides "open now"; tests pin it. */
    public static void register(RoutesConfig routes, PortalIndex index, Clock clock) {
        ServiceDirectory directory = new ServiceDirectory(index, clock);
        routes.get("/services", new ServicesPage(index, directory));
        routes.get("/service/{id}", new ServicePage(new DocumentLookup(index), directory));
        routes.get("/api/services", new ServicesApi(directory));
    }
}
