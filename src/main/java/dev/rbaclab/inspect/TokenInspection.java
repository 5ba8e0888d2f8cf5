package dev.rbaclab.inspect;

import java.time.Instant;
import java.util.List;

/**
 * A token taken apart: for a JWT its header and claims (pretty JSON), whether its signature verifies with the
 * sandbox's ServiceAccount key, its time window; and for any token what a TokenReview says it authenticates as.
 */
public record TokenInspection(
        Kind kind,
        String header,
        String claims,
        Signature signature,
        Instant issuedAt,
        Instant expiresAt,
        boolean expired,
        boolean authenticated,
        String user,
        List<String> groups,
        String reviewError) {

    public TokenInspection {
        groups = List.copyOf(groups);
    }

    /** What the token looks like. */
    public enum Kind {
        /** iss kubernetes/serviceaccount: a token the token controller stored in a Secret; it does not expire */
        LEGACY_SERVICE_ACCOUNT,
        /** iss https://kubernetes.default.svc.cluster.local: from the TokenRequest API, expiring, maybe bound to a pod */
        BOUND_SERVICE_ACCOUNT,
        /** a JWT of another issuer */
        OTHER_JWT,
        /** not a JWT (the admin token, a static user's token, or not a token at all) */
        OPAQUE
    }

    /** The signature checked against the sandbox's key. */
    public enum Signature { VERIFIED, INVALID, NOT_APPLICABLE }
}
