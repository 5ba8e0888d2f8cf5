package dev.rbaclab.cluster.store;

import java.time.Instant;

/** A simulated cluster: who owns it, its admin credential, and the counters its objects and caches rely on. */
public record Sandbox(
        String id,
        String ownerId,
        String adminToken,
        Instant createdAt,
        long resourceVersion,
        long rbacRevision,
        String serverVersion,
        String keyId) {
}
