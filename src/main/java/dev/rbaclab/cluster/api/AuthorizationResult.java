package dev.rbaclab.cluster.api;

/** A decision with exactly one reason (may be empty), and an evaluation error when rule resolution failed. */
public record AuthorizationResult(Decision decision, String reason, String evaluationError) {

    public AuthorizationResult {
        reason = reason == null ? "" : reason;
        evaluationError = evaluationError == null ? "" : evaluationError;
    }

    public static AuthorizationResult allow(String reason) {
        return new AuthorizationResult(Decision.ALLOW, reason, "");
    }

    public static AuthorizationResult noOpinion(String reason) {
        return new AuthorizationResult(Decision.NO_OPINION, reason, "");
    }

    public boolean allowed() {
        return decision == Decision.ALLOW;
    }
}
