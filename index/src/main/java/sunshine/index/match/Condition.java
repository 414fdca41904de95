package sunshine.index.match;

import java.util.List;

/**
 * An eligibility rule, compiled once from a policy's front matter. Leaves compare one profile field; groups combine
 * rules. The set of kinds is closed, so every {@code switch} over it is checked for completeness by the compiler, and
 * a kind of rule the code does not know cannot get past loading. The words shown to people are made elsewhere
 * ({@link Phrases}), from these typed values.
 */
public sealed interface Condition {

    /** A condition on one field. Values are typed by the field: String options, Boolean, Long. */
    sealed interface Leaf extends Condition {
        ProfileField field();
    }

    record Equals(ProfileField field, Object value) implements Leaf {
    }

    record OneOf(ProfileField field, List<Object> values) implements Leaf {
        public OneOf {
            values = List.copyOf(values);
        }
    }

    record AtLeast(ProfileField field, long bound) implements Leaf {
    }

    record AtMost(ProfileField field, long bound) implements Leaf {
    }

    /** {@code present: true}: the field has an answer other than "does not apply". */
    record Present(ProfileField field, boolean present) implements Leaf {
    }

    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    record Not(Condition part) implements Condition {
    }
}
