package sunshine.index.hours;

import java.time.LocalTime;

/**
 * Whether a service point is open at a moment, in words for the page ({@link #label}) and as data for the API.
 *
 * @param opensAt        the next opening today (OPENS_LATER), else null
 * @param closesAt       when the current period ends (OPEN, not for 全天 points), else null
 * @param reason         why today differs from the weekly schedule (holiday, 调休, exception note), or null
 * @param holidaysKnown  false when the year's official holiday arrangement is not in {@code holidays.yml} yet
 */
public record OpeningState(State state, LocalTime opensAt, LocalTime closesAt, String reason, boolean holidaysKnown) {

    public enum State {
        OPEN("open"),
        OPENS_LATER("opens_later"),
        CLOSED_FOR_TODAY("closed_for_today"),
        CLOSED_TODAY("closed_today"),
        SUSPENDED("suspended");

        private final String code;

        State(String code) {
            this.code = code;
        }

        /** The value used in the API. */
        public String code() { return code; }
    }

    /** The short status a resident reads: 开放中 / 今天 14:00 开放 / 今日开放已结束 / 今日休息 / 已暂停开放. */
    public String label() {
        return switch (state) {
            case OPEN -> "开放中";
            case OPENS_LATER -> "今天 " + opensAt + " 开放";
            case CLOSED_FOR_TODAY -> "今日开放已结束";
            case CLOSED_TODAY -> "今日休息";
            case SUSPENDED -> "已暂停开放";
        };
    }

    /** One sentence with the detail: until when, and why today is special. */
    public String detail() {
        String base = switch (state) {
            case OPEN -> closesAt == null ? "全天开放" : "今天开放到 " + closesAt;
            case OPENS_LATER, CLOSED_FOR_TODAY, CLOSED_TODAY -> "";
            case SUSPENDED -> "服务点暂停开放，去之前请先打电话确认";
        };
        String why = reason == null ? "" : reason;
        String text = base.isEmpty() ? why : why.isEmpty() ? base : base + "（" + why + "）";
        return holidaysKnown ? text : (text.isEmpty() ? "" : text + "。") + "今年的法定节假日安排尚未录入，节假日请先打电话确认";
    }

    public boolean openNow() {
        return state == State.OPEN;
    }
}
