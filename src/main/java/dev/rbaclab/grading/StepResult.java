package dev.rbaclab.grading;

import java.util.List;

/** A step's checks evaluated: each outcome, the score (sum of passing points) and the overall verdict. */
public record StepResult(List<CheckOutcome> outcomes, int score, int maxScore, Verdict verdict) {

    /** Passed: every check holds; too broad: everything works but a least-privilege check does not hold. */
    public enum Verdict { PASSED, TOO_BROAD, FAILED }

    public StepResult {
        outcomes = List.copyOf(outcomes);
    }

    static StepResult of(List<CheckOutcome> outcomes) {
        int score = outcomes.stream().mapToInt(CheckOutcome::points).sum();
        int max = outcomes.stream().mapToInt(o -> o.check().points()).sum();
        boolean allPassed = outcomes.stream().allMatch(CheckOutcome::passed);
        boolean onlyTooBroad = !allPassed && outcomes.stream().allMatch(o -> o.passed() || o instanceof CheckOutcome.TooBroad);
        return new StepResult(outcomes, score, max,
                allPassed ? Verdict.PASSED : onlyTooBroad ? Verdict.TOO_BROAD : Verdict.FAILED);
    }
}
