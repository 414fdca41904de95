package sunshine.app.services;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.PortalIndex;
import sunshine.index.content.DocType;
import sunshine.index.content.ServicePoint;

/** {@code GET /services?district=&type=&access=}: the directory, filtered with a plain GET form. */
public final class ServicesPage implements Handler {
    private final PortalIndex index;

    public ServicesPage(PortalIndex index) {
        this.index = index;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        List<String> streets = index.lists().streets();
        ServiceFilter filter = ServiceFilter.of(ctx.queryParam("district"), ctx.queryParam("type"),
                ctx.queryParams("access"), streets);
        List<ServicePoint> points = filter.apply(index.search().all(DocType.SERVICE).stream()
                .filter(ServicePoint.class::isInstance).map(ServicePoint.class::cast).toList());
        Views.render(ctx, "pages/services", Layout.page("服务目录", Layout.Nav.SERVICES),
                ServicesView.of(filter, streets, points));
    }
}
