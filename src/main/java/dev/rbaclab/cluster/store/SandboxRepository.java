package dev.rbaclab.cluster.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code sandboxes} table. */
public final class SandboxRepository {

    private static final String COLUMNS =
            "id, owner_id, admin_token, created_at, resource_version, rbac_revision, server_version, key_id";

    private static final RowMapper<Sandbox> MAPPER = (rs, ctx) -> new Sandbox(
            rs.getString("id"),
            rs.getString("owner_id"),
            rs.getString("admin_token"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getLong("resource_version"),
            rs.getLong("rbac_revision"),
            rs.getString("server_version"),
            rs.getString("key_id"));

    private final Jdbi jdbi;

    public SandboxRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Creates a sandbox and its static users in one transaction: one durable commit, and never half a sandbox. */
    public void insert(Sandbox sandbox, List<StaticToken> users, java.time.Instant now) {
        jdbi.useTransaction(handle -> {
            insert(handle, sandbox);
            for (StaticToken user : users) {
                StaticTokenRepository.insert(handle, user, now);
            }
        });
    }

    public void insert(Sandbox sandbox) {
        jdbi.useHandle(handle -> insert(handle, sandbox));
    }

    private static void insert(org.jdbi.v3.core.Handle handle, Sandbox sandbox) {
        handle.createUpdate("INSERT INTO sandboxes (" + COLUMNS + ") VALUES "
                        + "(:id, :owner, :token, :created, :rv, :rbac, :version, :keyId)")
                .bind("id", sandbox.id())
                .bind("owner", sandbox.ownerId())
                .bind("token", sandbox.adminToken())
                .bind("created", OffsetDateTime.ofInstant(sandbox.createdAt(), ZoneOffset.UTC))
                .bind("rv", sandbox.resourceVersion())
                .bind("rbac", sandbox.rbacRevision())
                .bind("version", sandbox.serverVersion())
                .bind("keyId", sandbox.keyId())
                .execute();
    }

    public Optional<Sandbox> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sandboxes WHERE id = :id")
                .bind("id", id).map(MAPPER).findOne());
    }

    public Optional<Sandbox> findByAdminToken(String token) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM sandboxes WHERE admin_token = :token")
                .bind("token", token).map(MAPPER).findOne());
    }

    public Optional<Sandbox> findByKeyId(String keyId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sandboxes WHERE key_id = :kid")
                .bind("kid", keyId).map(MAPPER).findOne());
    }

    public List<Sandbox> ownedBy(String ownerId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM sandboxes WHERE owner_id = :owner ORDER BY created_at")
                .bind("owner", ownerId).map(MAPPER).list());
    }

    public int count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM sandboxes").mapTo(Integer.class).one());
    }

    /** The private signing key of the sandbox (a JWK), if one was made. */
    public Optional<String> signingKey(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT signing_key FROM sandboxes WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /** Stores the signing key unless another request stored one first; returns the key that won. */
    public String storeSigningKeyIfAbsent(String id, String keyId, String jwk) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("UPDATE sandboxes SET signing_key = :jwk, key_id = :kid WHERE id = :id AND signing_key IS NULL")
                    .bind("jwk", jwk).bind("kid", keyId).bind("id", id).execute();
            return handle.createQuery("SELECT signing_key FROM sandboxes WHERE id = :id")
                    .bind("id", id).mapTo(String.class).one();
        });
    }

    /** Removes the sandbox with everything it stored. */
    public boolean delete(String id) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("DELETE FROM objects WHERE sandbox_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM static_tokens WHERE sandbox_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM audit_events WHERE sandbox_id = :id").bind("id", id).execute();
            return handle.createUpdate("DELETE FROM sandboxes WHERE id = :id").bind("id", id).execute() > 0;
        });
    }

}
