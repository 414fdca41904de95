package sunshine.app.services;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import sunshine.app.web.Crumb;
import sunshine.app.web.DocumentLookup;
import sunshine.app.web.Layout;
import sunshine.app.web.Views;
import sunshine.index.content.ServicePoint;
import sunshine.index.hours.DayHours;
import sunshine.index.hours.OpeningStatus;

/** {@code GET /service/{id}}: everything known about one service point, and whether it is open now. */
public final class ServicePage implements Handler {
    /** How far ahead holidays, 调休 and exceptions are listed on the page. */
    private static final int DAYS_AHEAD = 14;

    private final DocumentLookup documents;
    private final ServiceDirectory directory;

    public ServicePage(DocumentLookup documents, ServiceDirectory directory) {
        this.documents = documents;
        this.directory = directory;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        ServicePoint p = documents.find(ctx.pathParam("id"), ServicePoint.class);
        LocalDate today = ZonedDateTime.now(directory.clock()).withZoneSameInstant(OpeningStatus.SHANGHAI).toLocalDate();
        List<DayHours> special = Stream.iterate(today, d -> d.plusDays(1)).limit(DAYS_AHEAD)
                .map(d -> DayHours.of(p, directory.index().calendar(), d)).filter(d -> d.reason() != null).toList();
        Views.render(ctx, "pages/service",
                Layout.detail(p.name(), Layout.Nav.SERVICES, new Crumb("服务目录", "/services")),
                ServiceView.of(p, directory.opening(p), special));
    }
}
