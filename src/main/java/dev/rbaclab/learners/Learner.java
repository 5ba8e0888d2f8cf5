package dev.rbaclab.learners;

import java.time.Instant;

/** A learner: an id, a display name (for workshops) and a preferred language. */
public record Learner(String id, String displayName, String locale, Instant createdAt) {
}
