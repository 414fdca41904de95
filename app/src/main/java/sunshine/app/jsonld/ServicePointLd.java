package sunshine.app.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.index.content.OpeningSlot;
import sunshine.index.content.ScheduleException;
import sunshine.index.content.ServicePoint;
import sunshine.index.content.TimeRange;

/**
 * A service point as a schema.org GovernmentOffice: PostalAddress, GeoCoordinates when known, telephone, opening
 * hours from the weekly schedule (periods with the same hours share one specification) plus one dated
 * specification per exception (closed days as 00:00–00:00, schema.org's way), and one LocationFeatureSpecification
 * per accessibility feature.
 */
final class ServicePointLd {
    private ServicePointLd() {
    }

    static ObjectNode of(SchemaOrg schema, ServicePoint p, List<ScheduleException> exceptions) {
        ObjectNode s = schema.thing("GovernmentOffice", p.name(), p.type().pagePath(p.id()));
        s.put("description", p.offers());
        s.putObject("address").put("@type", "PostalAddress").put("streetAddress", p.address())
                .put("addressLocality", p.street()).put("addressRegion", "上海市").put("addressCountry", "CN");
        if (p.lat() != null && p.lon() != null) {
            s.putObject("geo").put("@type", "GeoCoordinates").put("latitude", p.lat()).put("longitude", p.lon());
        }
        if (!p.phones().isEmpty()) {
            s.put("telephone", p.phones().getFirst());
        }
        s.putObject("parentOrganization").put("@type", "Organization").put("name", p.organization());
        ArrayNode hours = s.putArray("openingHoursSpecification");
        weekly(p).forEach(hours::add);
        for (ScheduleException e : exceptions) {
            List<TimeRange> ranges = e.closed() ? List.of(new TimeRange(java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT)) : e.hours();
            for (TimeRange r : ranges) {
                hours.addObject().put("@type", "OpeningHoursSpecification").put("opens", r.opens().toString())
                        .put("closes", r.closes().toString()).put("validFrom", e.date().toString())
                        .put("validThrough", e.date().toString());
            }
        }
        ArrayNode features = s.putArray("amenityFeature");
        for (String f : p.accessibility()) {
            features.addObject().put("@type", "LocationFeatureSpecification").put("name", f).put("value", true);
        }
        ArrayNode languages = s.putArray("availableLanguage");
        p.languages().forEach(languages::add);
        return s;
    }

    private static List<ObjectNode> weekly(ServicePoint p) {
        if (p.openAllDay()) {
            ObjectNode all = spec(List.of(DayOfWeek.values()), "00:00", "23:59");
            return List.of(all);
        }
        Map<String, List<DayOfWeek>> byPeriod = new LinkedHashMap<>();
        for (OpeningSlot slot : p.schedule()) {
            byPeriod.computeIfAbsent(slot.opens() + "-" + slot.closes(), k -> new ArrayList<>()).add(slot.day());
        }
        List<ObjectNode> out = new ArrayList<>();
        byPeriod.forEach((period, days) -> out.add(spec(days, period.substring(0, 5), period.substring(6))));
        return out;
    }

    private static ObjectNode spec(List<DayOfWeek> days, String opens, String closes) {
        ObjectNode s = SchemaOrg.NODES.objectNode().put("@type", "OpeningHoursSpecification");
        ArrayNode d = s.putArray("dayOfWeek");
        for (DayOfWeek day : days) {
            d.add("https://schema.org/" + day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        }
        return s.put("opens", opens).put("closes", closes);
    }
}
