package sunshine.app.api;

import java.time.LocalDate;
import java.util.List;
import sunshine.index.content.ServicePoint;
import sunshine.index.hours.OpeningState;

/** One service point in {@code GET /api/services}, with its opening state now. */
public record ServiceItem(String id, String name, String type, String organization, String district, String address,
                          String hours, List<String> phones, String offers, List<String> accessibility,
                          List<String> languages, String status, LocalDate verified, Double lat, Double lon,
                          boolean sample, String url, Opening opening) {

    /** {@code state} is open, opens_later, closed_for_today, closed_today or suspended; times are Shanghai time. */
    public record Opening(String state, String label, String detail, String opensAt, String closesAt, String reason,
                          boolean holidaysKnown) {
        static Opening of(OpeningState s) {
            return new Opening(s.state().code(), s.label(), s.detail(), s.opensAt() == null ? null : s.opensAt().toString(),
                    s.closesAt() == null ? null : s.closesAt().toString(), s.reason(), s.holidaysKnown());
        }
    }

    static ServiceItem of(ServicePoint p, OpeningState now) {
        return new ServiceItem(p.id(), p.name(), p.serviceType(), p.organization(), p.street(), p.address(), p.hours(),
                p.phones(), p.offers(), p.accessibility(), p.languages(), p.status(), p.verified(), p.lat(), p.lon(),
                p.sample(), p.type().pagePath(p.id()), Opening.of(now));
    }
}
