package sunshine.index.match;

import java.time.LocalDate;
import sunshine.index.content.Policy;

/** Whether a policy applies on a day, from its effective dates. */
public enum Validity {
    IN_FORCE("有效"),
    UPCOMING("尚未生效"),
    EXPIRED("已失效");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() { return label; }

    public static Validity of(Policy p, LocalDate day) {
        if (day.isBefore(p.effectiveFrom())) {
            return UPCOMING;
        }
        return p.effectiveTo() != null && day.isAfter(p.effectiveTo()) ? EXPIRED : IN_FORCE;
    }
}
