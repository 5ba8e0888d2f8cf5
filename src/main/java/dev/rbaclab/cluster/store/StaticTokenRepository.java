package dev.rbaclab.cluster.store;

import dev.rbaclab.cluster.api.Json;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code static_tokens} table: the users a sandbox knows by bearer token (Kubernetes has no User object). */
public final class StaticTokenRepository {

    private static final RowMapper<StaticToken> MAPPER = (rs, ctx) -> new StaticToken(
            rs.getString("sandbox_id"), rs.getString("token"), rs.getString("user_name"), rs.getString("uid"),
            Json.strings(Json.parse(rs.getString("groups_json"))));

    private final Jdbi jdbi;

    public StaticTokenRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void insert(StaticToken token, Instant now) {
        jdbi.useHandle(handle -> insert(handle, token, now));
    }

    static void insert(org.jdbi.v3.core.Handle handle, StaticToken token, Instant now) {
        handle.createUpdate("INSERT INTO static_tokens (token, sandbox_id, user_name, uid, "
                        + "groups_json, created_at) VALUES (:token, :sandbox, :user, :uid, :groups, :created)")
                .bind("token", token.token())
                .bind("sandbox", token.sandboxId())
                .bind("user", token.user())
                .bind("uid", token.uid())
                .bind("groups", Json.write(Json.arrayOf(token.groups())))
                .bind("created", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .execute();
    }

    public Optional<StaticToken> find(String token) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM static_tokens WHERE token = :token")
                .bind("token", token).map(MAPPER).findOne());
    }

    public List<StaticToken> forSandbox(String sandboxId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM static_tokens WHERE sandbox_id = :sandbox ORDER BY created_at, user_name")
                .bind("sandbox", sandboxId).map(MAPPER).list());
    }

}
