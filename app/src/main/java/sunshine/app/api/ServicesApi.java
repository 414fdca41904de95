package sunshine.app.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import sunshine.app.services.ServiceDirectory;
import sunshine.app.services.ServiceFilter;
import sunshine.app.services.ServiceQuery;
import sunshine.index.content.ServicePoint;

/**
 * {@code GET /api/services?district=&type=&access=&language=&open_now=true}: the service directory as JSON, each point
 * with whether it is open now (Shanghai time, holidays and exceptions included).
 */
public final class ServicesApi implements Handler {
    private final ServiceDirectory directory;

    public ServicesApi(ServiceDirectory directory) {
        this.directory = directory;
    }

    /** The body; {@code filters} repeats what was applied. */
    public record ServicesResponse(int total, Filters filters, List<ServiceItem> services) {
    }

    public record Filters(String district, String type, List<String> access, String language, boolean openNow) {
    }

    @Override
    public void handle(Context ctx) throws IOException {
        List<ServicePoint> all = directory.points();
        ServiceFilter place = ServiceFilter.of(ctx.queryParam("district"), ctx.queryParam("type"), ctx.queryParams("access"),
                directory.index().lists().streets());
        ServiceQuery q = ServiceQuery.of(place, ctx.queryParam("language"), ctx.queryParam("open_now"), ServiceQuery.languagesOf(all));
        List<ServiceItem> items = q.apply(all, directory::opening).stream()
                .map(p -> ServiceItem.of(p, directory.opening(p))).toList();
        ApiJson.send(ctx, new ServicesResponse(items.size(),
                new Filters(place.district(), place.type(), place.features(), q.language(), q.openNow()), items));
    }
}
