package sunshine.app.services;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import sunshine.app.web.Crumb;
import sunshine.app.web.DocumentLookup;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.content.ServicePoint;

/** {@code GET /service/{id}}: everything known about one service point. */
public final class ServicePage implements Handler {
    private final DocumentLookup documents;

    public ServicePage(DocumentLookup documents) {
        this.documents = documents;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        ServicePoint p = documents.find(ctx.pathParam("id"), ServicePoint.class);
        Views.render(ctx, "pages/service",
                Layout.detail(p.name(), Layout.Nav.SERVICES, new Crumb("服务目录", "/services")), ServiceView.of(p));
    }
}
