package sunshine.index.content;

import java.time.LocalDate;

/**
 * One day of the State Council's holiday arrangement: a day off ({@code 休}) or a make-up working day ({@code 班},
 * usually a weekend day worked in exchange for a longer holiday), with the holiday it belongs to.
 */
public record OfficialDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** 休: public holiday or bridging day off. */
        HOLIDAY("休"),
        /** 班: make-up working day (调休上班). */
        WORKDAY("班");

        private final String mark;

        Kind(String mark) {
            this.mark = mark;
        }

        public String mark() { return mark; }
    }
}
