package sunshine.app.hsds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole service directory as HSDS tables. {@link #tables} names them as HSDS's tabular schema does
 * (organization, service, location …) and keeps the order of its data package.
 */
public record HsdsDataset(List<Hsds.Organization> organizations, List<Hsds.Service> services,
                          List<Hsds.Location> locations, List<Hsds.Address> addresses,
                          List<Hsds.ServiceAtLocation> serviceAtLocations, List<Hsds.Phone> phones,
                          List<Hsds.Schedule> schedules, List<Hsds.Accessibility> accessibility,
                          List<Hsds.Language> languages) {

    public Map<String, List<?>> tables() {
        Map<String, List<?>> t = new LinkedHashMap<>();
        t.put("organization", organizations);
        t.put("service", services);
        t.put("service_at_location", serviceAtLocations);
        t.put("location", locations);
        t.put("phone", phones);
        t.put("address", addresses);
        t.put("schedule", schedules);
        t.put("language", languages);
        t.put("accessibility", accessibility);
        return t;
    }

    /** The record type of each table's rows (its components are the CSV columns). */
    public static Class<?> rowType(String table) {
        return switch (table) {
            case "organization" -> Hsds.Organization.class;
            case "service" -> Hsds.Service.class;
            case "service_at_location" -> Hsds.ServiceAtLocation.class;
            case "location" -> Hsds.Location.class;
            case "phone" -> Hsds.Phone.class;
            case "address" -> Hsds.Address.class;
            case "schedule" -> Hsds.Schedule.class;
            case "language" -> Hsds.Language.class;
            case "accessibility" -> Hsds.Accessibility.class;
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** The CSV file name HSDS gives each table (the {@code path} of its schema). */
    public static String csvName(String table) {
        return switch (table) {
            case "service_at_location", "accessibility" -> table + ".csv";
            case "address" -> "addresses.csv";
            default -> table + "s.csv";
        };
    }
}
