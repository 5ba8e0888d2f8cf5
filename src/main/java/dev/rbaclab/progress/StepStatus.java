package dev.rbaclab.progress;

/** A step's state for one learner. */
public enum StepStatus {
    /** opened, not solved yet */
    STARTED,
    /** every check passed */
    PASSED,
    /** it works but grants more than needed */
    TOO_BROAD,
    /** skipped ahead in practice mode */
    SKIPPED;

    public boolean done() {
        return this == PASSED;
    }
}
