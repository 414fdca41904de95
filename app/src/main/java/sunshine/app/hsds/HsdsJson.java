package sunshine.app.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * HSDS rows as JSON, and the nested shapes of HSDS's API: a service with its organization, phones, languages and
 * service-at-locations (each with its location and schedules); an organization with its services and locations.
 */
final class HsdsJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private HsdsJson() {
    }

    static ObjectNode row(Object record) {
        return MAPPER.valueToTree(record);
    }

    static ObjectNode service(HsdsDataset d, Hsds.Service s) {
        ObjectNode out = row(s);
        d.organizations().stream().filter(o -> o.id().equals(s.organizationId())).findFirst()
                .ifPresent(o -> out.set("organization", row(o)));
        out.set("phones", array(d.phones(), p -> p.serviceId().equals(s.id())));
        out.set("languages", array(d.languages(), l -> l.serviceId().equals(s.id())));
        ArrayNode links = out.putArray("service_at_locations");
        for (Hsds.ServiceAtLocation sal : d.serviceAtLocations()) {
            if (sal.serviceId().equals(s.id())) {
                ObjectNode link = row(sal);
                link.set("schedules", array(d.schedules(), x -> x.serviceAtLocationId().equals(sal.id())));
                d.locations().stream().filter(l -> l.id().equals(sal.locationId())).findFirst()
                        .ifPresent(l -> link.set("location", location(d, l)));
                links.add(link);
            }
        }
        return out;
    }

    static ObjectNode organization(HsdsDataset d, Hsds.Organization o) {
        ObjectNode out = row(o);
        out.set("services", array(d.services(), s -> s.organizationId().equals(o.id())));
        ArrayNode locations = out.putArray("locations");
        d.locations().stream().filter(l -> Objects.equals(l.organizationId(), o.id())).forEach(l -> locations.add(location(d, l)));
        return out;
    }

    /** A service as HSDS lists it: its one-to-one fields and its organization. */
    static ObjectNode serviceListItem(HsdsDataset d, Hsds.Service s) {
        ObjectNode out = row(s);
        d.organizations().stream().filter(o -> o.id().equals(s.organizationId())).findFirst()
                .ifPresent(o -> out.set("organization", row(o)));
        return out;
    }

    private static ObjectNode location(HsdsDataset d, Hsds.Location l) {
        ObjectNode out = row(l);
        out.set("addresses", array(d.addresses(), a -> a.locationId().equals(l.id())));
        out.set("phones", array(d.phones(), p -> p.locationId().equals(l.id())));
        out.set("accessibility", array(d.accessibility(), a -> a.locationId().equals(l.id())));
        return out;
    }

    /** One page of an HSDS list: its Page fields and {@code contents}. */
    static <T> ObjectNode page(List<T> all, int page, int perPage, Function<T, ObjectNode> item) {
        int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
        ObjectNode out = MAPPER.createObjectNode();
        List<T> slice = all.subList(Math.min(all.size(), (page - 1) * perPage), Math.min(all.size(), page * perPage));
        out.put("total_items", all.size()).put("total_pages", pages).put("page_number", page).put("size", slice.size())
                .put("first_page", page == 1).put("last_page", page >= pages).put("empty", slice.isEmpty());
        ArrayNode contents = out.putArray("contents");
        slice.forEach(x -> contents.add(item.apply(x)));
        return out;
    }

    private static <T> ArrayNode array(List<T> rows, java.util.function.Predicate<T> keep) {
        ArrayNode a = MAPPER.createArrayNode();
        rows.stream().filter(keep).forEach(r -> a.add(row(r)));
        return a;
    }
}
