package dev.rbaclab.classroom;

import java.time.Instant;

/** Someone who runs workshops; an admin also sees every other instructor's workshops. */
public record Instructor(String id, String username, boolean admin, Instant createdAt) {
}
