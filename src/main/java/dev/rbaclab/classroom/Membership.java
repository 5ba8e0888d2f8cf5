package dev.rbaclab.classroom;

import java.time.Instant;

/** A learner in a workshop, under the name they gave when they joined. */
public record Membership(String workshopId, String learnerId, String displayName, Instant joinedAt) {
}
