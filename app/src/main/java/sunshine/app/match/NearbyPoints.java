package sunshine.app.match;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import sunshine.index.content.ServicePoint;

/**
 * The open service points of one 街镇, for “离您最近的办理地点”. A plain filter over the directory (about 70 rows):
 * a policy's {@code apply.where} names the kind of place (社区事务受理服务中心, 街镇残联, 公共法律服务工作站 …), and the
 * points of that kind in the person's 街镇 are shown; when it names none found there, the street's usual offices.
 */
public final class NearbyPoints {
    static final NearbyPoints NONE = new NearbyPoints(null, List.of());
    private static final int MAX = 3;
    /** Where most applications are made, in the order a resident should try them. */
    private static final List<String> OFFICES = List.of("社区事务受理服务中心", "残联窗口", "阳光之家");
    /** Words in {@code apply.where} → which points they mean; 街镇残联 has no row of its own, so its points count. */
    private static final Map<String, Predicate<ServicePoint>> PLACES = Map.of(
            "社区事务受理服务中心", p -> p.serviceType().equals("社区事务受理服务中心") || p.name().contains("社区事务受理服务中心"),
            "街镇残联", p -> p.serviceType().equals("残联窗口") || p.organization().endsWith("残疾人联合会"),
            "公共法律服务", p -> p.serviceType().equals("公共法律服务点"),
            "法律援助", p -> p.serviceType().equals("公共法律服务点"),
            "科技助残", p -> p.serviceType().equals("科技助残分中心"),
            "阳光之家", p -> p.serviceType().equals("阳光之家"),
            "手语视频", p -> p.serviceType().equals("手语视频服务点"),
            "手语导医", p -> p.serviceType().equals("手语导医点"),
            "残疾人综合活动中心", p -> p.serviceType().equals("残疾人之家"),
            "社区卫生服务中心", p -> p.serviceType().equals("康复机构"));

    private final String street;
    private final List<ServicePoint> points;

    private NearbyPoints(String street, List<ServicePoint> points) {
        this.street = street;
        this.points = points;
    }

    static NearbyPoints in(String street, List<ServicePoint> all) {
        return new NearbyPoints(street, all.stream()
                .filter(p -> street.equals(p.street()) && !p.temporarilyClosed()).toList());
    }

    /** The 街镇, or null when it is not known. */
    public String street() { return street; }

    /** The street's 社区事务受理服务中心, 残联窗口 and 阳光之家, in that order. */
    public List<ServicePoint> offices() {
        return points.stream().filter(p -> officeRank(p) < OFFICES.size())
                .sorted(Comparator.comparingInt(NearbyPoints::officeRank)).limit(MAX).toList();
    }

    /** The points of the kinds {@code where} names, in the order it names them; else {@link #offices()}. */
    public List<ServicePoint> forPlace(String where) {
        if (where == null || points.isEmpty()) {
            return offices();
        }
        List<ServicePoint> named = points.stream().filter(p -> mention(where, p) < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt((ServicePoint p) -> mention(where, p)).thenComparingInt(NearbyPoints::officeRank))
                .limit(MAX).toList();
        return named.isEmpty() ? offices() : named;
    }

    /** Where in {@code where} the first word naming this point's kind is; MAX_VALUE when none names it. */
    private static int mention(String where, ServicePoint p) {
        int first = Integer.MAX_VALUE;
        for (Map.Entry<String, Predicate<ServicePoint>> e : PLACES.entrySet()) {
            int at = where.indexOf(e.getKey());
            if (at >= 0 && at < first && e.getValue().test(p)) {
                first = at;
            }
        }
        return first;
    }

    private static int officeRank(ServicePoint p) {
        if (p.name().contains("社区事务受理服务中心")) {
            return 0; // a sign-language point inside the centre is at the centre
        }
        int i = OFFICES.indexOf(p.serviceType());
        return i < 0 ? OFFICES.size() : i;
    }
}
