package sunshine.app.hsds;

import io.javalin.config.RoutesConfig;
import java.net.URI;
import sunshine.app.services.ServiceDirectory;

/** The service directory in Open Referral HSDS 3.0, as JSON under {@code /api/hsds} and as a CSV zip. */
public final class HsdsRoutes {
    private HsdsRoutes() {
    }

    public static void register(RoutesConfig routes, ServiceDirectory directory, URI base) {
        HsdsApi api = new HsdsApi(directory, base);
        routes.get("/api/hsds", api::root);
        routes.get("/api/hsds/tabular", api::tabular);
        routes.get("/api/hsds/services", api::services);
        routes.get("/api/hsds/services/{id}", api::service);
        routes.get("/api/hsds/organizations", api::organizations);
        routes.get("/api/hsds/organizations/{id}", api::organization);
        routes.get("/api/hsds.zip", api::zip);
    }
}
