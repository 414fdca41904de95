package sunshine.app.match;

import java.util.List;
import sunshine.index.content.DocType;
import sunshine.index.content.ServicePoint;

/** A service point near the person, as JSON: where it is, when it is open, how to call. */
public record PointJson(
        String id,
        String name,
        String type,
        String street,
        String address,
        String hours,
        List<String> phones,
        List<String> accessibility,
        String url,
        boolean sample) {

    static PointJson of(ServicePoint p) {
        return new PointJson(p.id(), p.name(), p.serviceType(), p.street(), p.address(), p.hours(), p.phones(),
                p.accessibility(), DocType.SERVICE.pagePath(p.id()), p.sample());
    }

    static List<PointJson> of(List<ServicePoint> points) {
        return points.stream().map(PointJson::of).toList();
    }
}
