package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A service point of the directory, shaped after Open Referral HSDS: the organization that runs it, the service it
 * offers, its location (街镇, address, coordinates), phones, weekly schedule and accessibility features.
 */
public record ServicePoint(
        String id,
        String name,
        String serviceType,
        String organization,
        String street,
        String address,
        String hours,
        List<OpeningSlot> schedule,
        boolean openAllDay,
        List<String> phones,
        String offers,
        List<String> accessibility,
        List<String> languages,
        String status,
        LocalDate verified,
        Double lat,
        Double lon,
        boolean sample,
        String sourceFile,
        int line) implements ContentDocument {

    public static final List<String> ACCESSIBILITY_FEATURES = List.of("坡道", "电梯", "无障碍卫生间", "盲道", "手语", "助听环路");
    public static final List<String> TYPES = List.of("阳光之家", "残疾人之家", "手语视频服务点", "手语导医点", "公共法律服务点",
            "康复机构", "辅具服务点", "科技助残分中心", "残联窗口", "社区事务受理服务中心");
    public static final List<String> STATUSES = List.of("开放", "暂停开放");

    @Override
    public DocType type() { return DocType.SERVICE; }

    @Override
    public String title() { return name; }

    @Override
    public String summary() { return serviceType + "，" + street + "。" + offers; }

    @Override
    public String bodyText() {
        return String.join("\n", organization, address, offers, String.join(" ", accessibility), String.join(" ", languages));
    }

    @Override
    public LocalDate date() { return verified; }

    @Override
    public List<String> topics() { return List.of(); }

    public boolean temporarilyClosed() { return "暂停开放".equals(status); }
}
