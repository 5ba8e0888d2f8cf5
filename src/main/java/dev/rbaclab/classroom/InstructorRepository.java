package dev.rbaclab.classroom;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code instructors} and {@code instructor_sessions} tables. */
public final class InstructorRepository {

    private static final RowMapper<Instructor> MAPPER = (rs, ctx) -> new Instructor(rs.getString("id"),
            rs.getString("username"), rs.getBoolean("is_admin"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());

    private final Jdbi jdbi;

    public InstructorRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void insert(Instructor instructor, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO instructors (id, username, password_hash, is_admin, created_at) "
                        + "VALUES (:id, :username, :hash, :admin, :created)")
                .bind("id", instructor.id())
                .bind("username", instructor.username())
                .bind("hash", passwordHash)
                .bind("admin", instructor.admin())
                .bind("created", at(instructor.createdAt()))
                .execute());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM instructors").mapTo(Long.class).one());
    }

    public List<Instructor> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM instructors ORDER BY username").map(MAPPER).list());
    }

    public Optional<Instructor> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM instructors WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne());
    }

    public Optional<Instructor> byUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM instructors WHERE username = :u").bind("u", username)
                .map(MAPPER).findOne());
    }

    public Optional<String> passwordHash(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM instructors WHERE username = :u")
                .bind("u", username).mapTo(String.class).findOne());
    }

    public void setApiTokenHash(String instructorId, String hash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE instructors SET api_token_hash = :hash WHERE id = :id")
                .bind("hash", hash).bind("id", instructorId).execute());
    }

    public Optional<Instructor> byApiTokenHash(String hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM instructors WHERE api_token_hash = :hash")
                .bind("hash", hash).map(MAPPER).findOne());
    }

    public void insertSession(String sessionId, String instructorId, String secretHash, Instant created, Instant expires) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO instructor_sessions (id, instructor_id, secret_hash, created_at, "
                        + "expires_at) VALUES (:id, :instructor, :hash, :created, :expires)")
                .bind("id", sessionId)
                .bind("instructor", instructorId)
                .bind("hash", secretHash)
                .bind("created", at(created))
                .bind("expires", at(expires))
                .execute());
    }

    /** The instructor of a live session: the secret's hash matches and it has not expired. */
    public Optional<Instructor> sessionInstructor(String sessionId, String secretHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.* FROM instructor_sessions s JOIN instructors i "
                        + "ON i.id = s.instructor_id WHERE s.id = :id AND s.secret_hash = :hash AND s.expires_at > :now")
                .bind("id", sessionId)
                .bind("hash", secretHash)
                .bind("now", at(now))
                .map(MAPPER)
                .findOne());
    }

    public void deleteSession(String sessionId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM instructor_sessions WHERE id = :id").bind("id", sessionId).execute());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
