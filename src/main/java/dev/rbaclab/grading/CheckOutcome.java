package dev.rbaclab.grading;

import dev.rbaclab.lessons.Check;

import java.util.List;

/** The result of one check: passed, failed with the reason to show, or "works, but too broad" with the excess. */
public sealed interface CheckOutcome permits CheckOutcome.Passed, CheckOutcome.Failed, CheckOutcome.TooBroad {

    Check check();

    int points();

    default boolean passed() {
        return this instanceof Passed;
    }

    /** The check holds. */
    record Passed(Check check) implements CheckOutcome {
        public int points() {
            return check.points();
        }
    }

    /** The check does not hold; {@code detail} says what was seen (not localized: facts such as names). */
    record Failed(Check check, String detail) implements CheckOutcome {
        public int points() {
            return 0;
        }
    }

    /** Allowed more than needed: each excess permission as a compact rule string. */
    record TooBroad(Check check, List<String> excess) implements CheckOutcome {
        public TooBroad {
            excess = List.copyOf(excess);
        }

        public int points() {
            return 0;
        }
    }
}
