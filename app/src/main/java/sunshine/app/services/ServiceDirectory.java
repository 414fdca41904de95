package sunshine.app.services;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import sunshine.index.PortalIndex;
import sunshine.index.content.DocType;
import sunshine.index.content.ServicePoint;
import sunshine.index.hours.OpeningState;
import sunshine.index.hours.OpeningStatus;

/** The service points of the live index and their opening state now; shared by the pages, the API and HSDS. */
public final class ServiceDirectory {
    private final PortalIndex index;
    private final Clock clock;

    public ServiceDirectory(PortalIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public List<ServicePoint> points() throws IOException {
        return index.search().all(DocType.SERVICE).stream()
                .filter(ServicePoint.class::isInstance).map(ServicePoint.class::cast).toList();
    }

    public OpeningState opening(ServicePoint p) {
        return OpeningStatus.now(p, index.calendar(), clock);
    }

    public PortalIndex index() { return index; }

    public Clock clock() { return clock; }
}
