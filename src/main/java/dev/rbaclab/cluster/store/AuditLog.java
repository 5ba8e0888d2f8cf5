package dev.rbaclab.cluster.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.rbaclab.cluster.api.Json;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code audit_events} table: every API request of every sandbox, with its explanation. */
public final class AuditLog {

    /** Long explanations are cut to keep one request's audit row bounded. */
    static final int MAX_EXPLANATION_CHARS = 200_000;

    private static final RowMapper<AuditEvent> MAPPER = (rs, ctx) -> event(rs, Json.parse(rs.getString("explanation")));
    private static final RowMapper<AuditEvent> BRIEF = (rs, ctx) -> event(rs, NullNode.getInstance());

    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long record(AuditEvent event) {
        String explanation = Json.write(event.explanation());
        if (explanation.length() > MAX_EXPLANATION_CHARS) {
            explanation = "[]";
        }
        String json = explanation;
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO audit_events (sandbox_id, at, source, "
                        + "user_name, verb, method, uri, code, decision, explanation) VALUES (:sandbox, :at, :source, "
                        + ":user, :verb, :method, :uri, :code, :decision, :explanation)")
                .bind("sandbox", event.sandboxId())
                .bind("at", OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
                .bind("source", event.source())
                .bind("user", truncate(event.user(), 253))
                .bind("verb", truncate(event.verb(), 32))
                .bind("method", truncate(event.method(), 10))
                .bind("uri", truncate(event.uri(), 4000))
                .bind("code", event.code())
                .bind("decision", event.decision())
                .bind("explanation", json)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    /** The newest events of a sandbox, newest first, optionally only those after an id. */
    public List<AuditEvent> recent(String sandboxId, long afterId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM audit_events WHERE sandbox_id = :sandbox "
                        + "AND id > :after ORDER BY id DESC LIMIT :limit")
                .bind("sandbox", sandboxId)
                .bind("after", afterId)
                .bind("limit", limit)
                .map(MAPPER)
                .list());
    }

    /**
     * Like {@link #recent}, without the explanations (each event's is a NullNode): a console reply lists the requests
     * its command made and the why panel fetches one explanation at a time, so parsing them all here was wasted.
     */
    public List<AuditEvent> recentBrief(String sandboxId, long afterId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, sandbox_id, at, source, user_name, verb, method, "
                        + "uri, code, decision FROM audit_events WHERE sandbox_id = :sandbox AND id > :after "
                        + "ORDER BY id DESC LIMIT :limit")
                .bind("sandbox", sandboxId)
                .bind("after", afterId)
                .bind("limit", limit)
                .map(BRIEF)
                .list());
    }

    /** Events of a sandbox from an instant on, oldest first, leaving out the lab's own requests (source LAB). */
    public List<AuditEvent> since(String sandboxId, java.time.Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM audit_events WHERE sandbox_id = :sandbox "
                        + "AND at >= :since AND source <> 'LAB' ORDER BY id LIMIT 5000")
                .bind("sandbox", sandboxId)
                .bind("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .map(MAPPER)
                .list());
    }

    /** The newest refused requests (401/403) of a sandbox, newest first, leaving out the lab's own. */
    public List<AuditEvent> recentDenied(String sandboxId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM audit_events WHERE sandbox_id = :sandbox "
                        + "AND code IN (401, 403) AND source <> 'LAB' ORDER BY id DESC LIMIT :limit")
                .bind("sandbox", sandboxId)
                .bind("limit", limit)
                .map(MAPPER)
                .list());
    }

    /** The id of the sandbox's newest event (0 when there is none): requests after it have greater ids. */
    public long lastId(String sandboxId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM audit_events "
                        + "WHERE sandbox_id = :sandbox")
                .bind("sandbox", sandboxId)
                .mapTo(Long.class)
                .one());
    }

    public Optional<AuditEvent> find(String sandboxId, long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM audit_events WHERE sandbox_id = :sandbox AND id = :id")
                .bind("sandbox", sandboxId)
                .bind("id", id)
                .map(MAPPER)
                .findOne());
    }

    private static AuditEvent event(ResultSet rs, JsonNode explanation) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getString("sandbox_id"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("source"),
                rs.getString("user_name"),
                rs.getString("verb"),
                rs.getString("method"),
                rs.getString("uri"),
                rs.getInt("code"),
                rs.getString("decision"),
                explanation);
    }

    private static String truncate(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }
}
