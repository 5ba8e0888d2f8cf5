package dev.rbaclab.cluster.tokens;

import java.time.Instant;

/** A signed token and when it expires (null for legacy tokens, which never do). */
public record IssuedToken(String token, Instant expiration) {
}
