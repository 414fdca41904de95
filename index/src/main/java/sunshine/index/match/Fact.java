package sunshine.index.match;

import java.time.LocalDate;

/**
 * One thing known about a resident. A field with no fact is unknown (not asked, or answered 不清楚), which is
 * never the same as a "no".
 */
public sealed interface Fact permits Fact.Known, Fact.NotApplicable, Fact.BornOn {

    /** An answer: an option (String), a yes/no (Boolean) or a whole number (Long). */
    record Known(Object value) implements Fact {
    }

    /** "Does not apply" (没有需要康复的孩子), for fields whose {@code none_text} allows it. */
    record NotApplicable() implements Fact {
    }

    /** A birth date given for an age field; it becomes the age in whole years on the day of matching. */
    record BornOn(LocalDate date) implements Fact {
    }

    NotApplicable NOT_APPLICABLE = new NotApplicable();
}
