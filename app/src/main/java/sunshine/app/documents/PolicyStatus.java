package sunshine.app.documents;

import java.time.LocalDate;
import sunshine.app.web.ZhText;
import sunshine.index.content.Policy;

/**
 * Whether a policy applies today, in words: 有效, 已失效 or 尚未生效, with the date that decides it.
 * {@code kind} (valid, expired, future) names the style.
 */
public record PolicyStatus(String label, String kind, String note) {

    static PolicyStatus of(Policy p, LocalDate today) {
        if (today.isBefore(p.effectiveFrom())) {
            return new PolicyStatus("尚未生效", "future", "将于" + ZhText.date(p.effectiveFrom()) + "起施行");
        }
        if (p.effectiveTo() != null && today.isAfter(p.effectiveTo())) {
            return new PolicyStatus("已失效", "expired", "已于" + ZhText.date(p.effectiveTo()) + "失效，仅供查阅");
        }
        String until = p.effectiveTo() == null ? "" : "，有效期至" + ZhText.date(p.effectiveTo());
        return new PolicyStatus("有效", "valid", "自" + ZhText.date(p.effectiveFrom()) + "起施行" + until);
    }
}
