package sunshine.app.hsds;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.index.content.OpeningCalendar;
import sunshine.index.content.ServicePoint;

/**
 * Maps the directory to HSDS: each service point is one service at one location, run by an organization (points
 * that name the same organization share it). Phones, languages and schedules hang on the service or the
 * service-at-location, accessibility features on the location.
 */
public final class HsdsMapper {
    /** ISO 639-3 codes of the languages the directory uses; 手语 is Chinese Sign Language. */
    private static final Map<String, String> LANGUAGE_CODES = Map.of("普通话", "cmn", "上海话", "wuu", "手语", "csl", "英语", "eng");

    private final URI base;

    public HsdsMapper(URI base) {
        this.base = base;
    }

    public HsdsDataset map(List<ServicePoint> points, OpeningCalendar calendar) {
        Map<String, List<ServicePoint>> byOrganization = new LinkedHashMap<>();
        points.forEach(p -> byOrganization.computeIfAbsent(organizationName(p), k -> new ArrayList<>()).add(p));
        List<Hsds.Organization> orgs = byOrganization.entrySet().stream()
                .map(e -> new Hsds.Organization(Hsds.id("organization", e.getKey()), e.getKey(), describe(e.getValue()))).toList();
        List<Hsds.Service> services = new ArrayList<>();
        List<Hsds.Location> locations = new ArrayList<>();
        List<Hsds.Address> addresses = new ArrayList<>();
        List<Hsds.ServiceAtLocation> links = new ArrayList<>();
        List<Hsds.Phone> phones = new ArrayList<>();
        List<Hsds.Schedule> schedules = new ArrayList<>();
        List<Hsds.Accessibility> access = new ArrayList<>();
        List<Hsds.Language> languages = new ArrayList<>();
        for (ServicePoint p : points) {
            String service = Hsds.id("service", p.id());
            String location = Hsds.id("location", p.id());
            String link = Hsds.id("service_at_location", p.id());
            String org = Hsds.id("organization", organizationName(p));
            services.add(new Hsds.Service(service, org, p.name(), p.serviceType() + "：" + p.offers(), page(p),
                    p.temporarilyClosed() ? "temporarily closed" : "active",
                    p.languages().contains("手语") ? "提供手语服务" : null, String.valueOf(p.verified()),
                    p.temporarilyClosed() ? "暂停开放，去之前请先打电话确认。" : null));
            locations.add(new Hsds.Location(location, "physical", page(p), org, p.name(), p.street() + "，" + p.address(),
                    p.lat(), p.lon(), p.id(), "sunshine-portal"));
            addresses.add(new Hsds.Address(Hsds.id("address", p.id()), location, p.address(), "上海市", "嘉定区", "上海市",
                    "", "CN", "physical"));
            links.add(new Hsds.ServiceAtLocation(link, service, location, p.name() + "（" + p.street() + "）"));
            for (String number : p.phones()) {
                phones.add(new Hsds.Phone(Hsds.id("phone", p.id() + "/" + number), location, service, number, "voice", null));
            }
            schedules.addAll(HsdsSchedules.of(p, link, calendar.exceptionsOf(p.id())));
            for (String feature : p.accessibility()) {
                access.add(new Hsds.Accessibility(Hsds.id("accessibility", p.id() + "/" + feature), location, feature, null));
            }
            for (String lang : p.languages()) {
                languages.add(new Hsds.Language(Hsds.id("language", p.id() + "/" + lang), service, lang,
                        LANGUAGE_CODES.get(lang), lang.equals("手语") ? "国家通用手语" : null));
            }
        }
        return new HsdsDataset(orgs, services, locations, addresses, links, phones, schedules, access, languages);
    }

    private String page(ServicePoint p) {
        return base + p.type().pagePath(p.id());
    }

    private static String organizationName(ServicePoint p) {
        return p.organization() == null || p.organization().isBlank() ? p.name() : p.organization();
    }

    /** HSDS requires a description; the directory has none for organizations, so it lists what they run. */
    private static String describe(List<ServicePoint> run) {
        return "在嘉定区运营的助残服务点：" + String.join("、", run.stream().map(ServicePoint::name).toList()) + "。";
    }
}
