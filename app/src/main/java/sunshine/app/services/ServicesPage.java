package sunshine.app.services;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;
import sunshine.index.content.ServicePoint;
import sunshine.index.hours.OpeningState;

/** {@code GET /services?district=&type=&access=}: the directory, filtered with a plain GET form. */
public final class ServicesPage implements Handler {
    private final PortalIndex index;
    private final ServiceDirectory directory;

    public ServicesPage(PortalIndex index, ServiceDirectory directory) {
        this.index = index;
        this.directory = directory;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        List<String> streets = index.lists().streets();
        ServiceFilter filter = ServiceFilter.of(ctx.queryParam("district"), ctx.queryParam("type"),
                ctx.queryParams("access"), streets);
        List<ServicePoint> points = filter.apply(directory.points());
        Map<String, OpeningState> opening = points.stream().collect(Collectors.toMap(ServicePoint::id, directory::opening));
        Views.render(ctx, "pages/services", Layout.page("服务目录", Layout.Nav.SERVICES),
                ServicesView.of(filter, streets, points, opening));
    }
}
