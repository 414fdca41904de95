package sunshine.app.hsds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The rows of the HSDS 3.0 tables the portal exports, one record per table, fields named as in the Open Referral
 * schema (written in snake_case; null fields are left out, since HSDS types them as strings or numbers, not null).
 * Ids are UUIDs, as HSDS requires, derived from the portal's stable ids so they never change between exports.
 */
public final class Hsds {
    public static final String VERSION = "3.0";
    /** Shanghai is UTC+8 all year; HSDS schedules give it as a number. */
    static final int TIMEZONE = 8;

    private Hsds() {
    }

    /** A stable UUID (name-based) for a row of {@code table} made from a portal id or name. */
    public static String id(String table, String key) {
        return UUID.nameUUIDFromBytes(("sunshine-portal/" + table + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public record Organization(String id, String name, String description) {
    }

    public record Service(String id, String organizationId, String name, String description, String url, String status,
                          String interpretationServices, String assuredDate, String alert) {
    }

    public record Location(String id, String locationType, String url, String organizationId, String name,
                           String description, Double latitude, Double longitude, String externalIdentifier,
                           String externalIdentifierType) {
    }

    public record Address(String id, String locationId, @JsonProperty("address_1") String address1, String city,
                          String region, String stateProvince, String postalCode, String country, String addressType) {
    }

    public record ServiceAtLocation(String id, String serviceId, String locationId, String description) {
    }

    public record Phone(String id, String locationId, String serviceId, String number, String type, String description) {
    }

    public record Schedule(String id, String serviceAtLocationId, String validFrom, String validTo, String dtstart,
                           Integer timezone, String freq, String wkst, String byday, String description, String opensAt,
                           String closesAt, String notes) {
    }

    public record Accessibility(String id, String locationId, String description, String details) {
    }

    public record Language(String id, String serviceId, String name, String code, String note) {
    }
}
