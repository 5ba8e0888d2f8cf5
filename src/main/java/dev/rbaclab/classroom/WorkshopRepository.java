package dev.rbaclab.classroom;

import dev.rbaclab.cluster.api.Json;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The {@code workshops}, {@code workshop_members} and {@code revealed_solutions} tables. */
public final class WorkshopRepository {

    private static final RowMapper<Workshop> WORKSHOP = (rs, ctx) -> new Workshop(rs.getString("id"),
            rs.getString("code"), rs.getString("title"), rs.getString("owner_id"),
            WorkshopMode.valueOf(rs.getString("mode")), Json.strings(Json.parse(rs.getString("lessons"))),
            rs.getObject("deadline", OffsetDateTime.class) == null ? null
                    : rs.getObject("deadline", OffsetDateTime.class).toInstant(),
            rs.getBoolean("is_open"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    private static final RowMapper<Membership> MEMBER = (rs, ctx) -> new Membership(rs.getString("workshop_id"),
            rs.getString("learner_id"), rs.getString("display_name"),
            rs.getObject("joined_at", OffsetDateTime.class).toInstant());

    private final Jdbi jdbi;

    public WorkshopRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void insert(Workshop w) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO workshops (id, code, title, owner_id, mode, lessons, deadline, "
                        + "is_open, created_at) VALUES (:id, :code, :title, :owner, :mode, :lessons, :deadline, :open, :created)")
                .bind("id", w.id())
                .bind("code", w.code())
                .bind("title", w.title())
                .bind("owner", w.ownerId())
                .bind("mode", w.mode().name())
                .bind("lessons", Json.write(Json.arrayOf(w.lessons())))
                .bind("deadline", w.deadline() == null ? null : at(w.deadline()))
                .bind("open", w.open())
                .bind("created", at(w.createdAt()))
                .execute());
    }

    public Optional<Workshop> byCode(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workshops WHERE code = :code").bind("code", code)
                .map(WORKSHOP).findOne());
    }

    public Optional<Workshop> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workshops WHERE id = :id").bind("id", id)
                .map(WORKSHOP).findOne());
    }

    public List<Workshop> ownedBy(String ownerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workshops WHERE owner_id = :owner ORDER BY created_at DESC")
                .bind("owner", ownerId).map(WORKSHOP).list());
    }

    public List<Workshop> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workshops ORDER BY created_at DESC").map(WORKSHOP).list());
    }

    public void setOpen(String workshopId, boolean open) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE workshops SET is_open = :open WHERE id = :id")
                .bind("open", open).bind("id", workshopId).execute());
    }

    /** Joins, or (same learner again) keeps the first membership. */
    public void addMember(Membership member) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO workshop_members (workshop_id, learner_id, display_name, joined_at) "
                        + "KEY (workshop_id, learner_id) VALUES (:workshop, :learner, :name, :joined)")
                .bind("workshop", member.workshopId())
                .bind("learner", member.learnerId())
                .bind("name", member.displayName())
                .bind("joined", at(member.joinedAt()))
                .execute());
    }

    public List<Membership> members(String workshopId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workshop_members WHERE workshop_id = :w "
                        + "ORDER BY display_name, learner_id")
                .bind("w", workshopId).map(MEMBER).list());
    }

    public Optional<Membership> member(String workshopId, String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workshop_members WHERE workshop_id = :w AND learner_id = :l")
                .bind("w", workshopId).bind("l", learnerId).map(MEMBER).findOne());
    }

    /** The workshops a learner joined, the latest first. */
    public List<Membership> membershipsOf(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM workshop_members WHERE learner_id = :l ORDER BY joined_at DESC")
                .bind("l", learnerId).map(MEMBER).list());
    }

    public void reveal(String workshopId, String learnerId, String lessonId, String stepId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO revealed_solutions (workshop_id, learner_id, lesson_id, step_id, "
                        + "revealed_at) KEY (workshop_id, learner_id, lesson_id, step_id) VALUES (:w, :l, :lesson, :step, :at)")
                .bind("w", workshopId).bind("l", learnerId).bind("lesson", lessonId).bind("step", stepId).bind("at", at(at))
                .execute());
    }

    public boolean revealed(String workshopId, String learnerId, String lessonId, String stepId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM revealed_solutions WHERE workshop_id = :w "
                        + "AND learner_id = :l AND lesson_id = :lesson AND step_id = :step")
                .bind("w", workshopId).bind("l", learnerId).bind("lesson", lessonId).bind("step", stepId)
                .mapTo(Long.class).one()) > 0;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
