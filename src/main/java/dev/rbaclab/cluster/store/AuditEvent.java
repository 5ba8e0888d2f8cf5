package dev.rbaclab.cluster.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One API request as the audit log keeps it: who, what, the answer, and the explanation (JSON) of how it was
 * decided. {@code decision} is allow, forbid, or error (for requests that ended before authorization).
 */
public record AuditEvent(
        long id,
        String sandboxId,
        Instant at,
        String source,
        String user,
        String verb,
        String method,
        String uri,
        int code,
        String decision,
        JsonNode explanation) {
}
