package sunshine.app.services;

import java.util.LinkedHashSet;
import java.util.List;
import sunshine.index.content.ServicePoint;
import sunshine.index.search.InvalidRequestException;

/**
 * The service directory's filter: 街镇, type and accessibility features, each matched by equality against the
 * point's own fields (no text search: that belongs to the index). Values must come from the fixed lists, so a
 * mistyped link is a 400 that says what is allowed rather than an empty list.
 */
public record ServiceFilter(String district, String type, List<String> features) {

    public static ServiceFilter of(String district, String type, List<String> features, List<String> streets) {
        String d = blankToNull(district);
        if (d != null && !streets.contains(d)) {
            throw new InvalidRequestException("district", "不认识的街镇 “" + d + "”。可选：" + String.join("、", streets) + "。");
        }
        String t = blankToNull(type);
        if (t != null && !ServicePoint.TYPES.contains(t)) {
            throw new InvalidRequestException("type", "不认识的服务点类型 “" + t + "”。可选：" + String.join("、", ServicePoint.TYPES) + "。");
        }
        LinkedHashSet<String> f = new LinkedHashSet<>();
        for (String raw : features) {
            String v = blankToNull(raw);
            if (v != null && !ServicePoint.ACCESSIBILITY_FEATURES.contains(v)) {
                throw new InvalidRequestException("access", "不认识的无障碍设施 “" + v + "”。可选："
                        + String.join("、", ServicePoint.ACCESSIBILITY_FEATURES) + "。");
            }
            if (v != null) {
                f.add(v);
            }
        }
        return new ServiceFilter(d, t, List.copyOf(f));
    }

    public boolean active() {
        return district != null || type != null || !features.isEmpty();
    }

    /** A point matches when it is in the 街镇, of the type, and has every chosen feature. */
    public boolean matches(ServicePoint p) {
        return (district == null || district.equals(p.street()))
                && (type == null || type.equals(p.serviceType()))
                && p.accessibility().containsAll(features);
    }

    public List<ServicePoint> apply(List<ServicePoint> points) {
        return points.stream().filter(this::matches).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
