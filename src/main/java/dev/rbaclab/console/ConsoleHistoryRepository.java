package dev.rbaclab.console;

import dev.rbaclab.cluster.api.Json;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The {@code console_history} table: what each learner typed into the console of each sandbox. */
public final class ConsoleHistoryRepository {

    /** What a page shows again after a reload; older commands stay stored for instructors. */
    public static final int SHOWN = 300;
    private static final int MAX_OUTPUT_CHARS = 60_000;
    private static final int MAX_COMMAND_CHARS = 20_000;
    private static final String TRUNCATED = "\n[… output shortened in the saved history …]\n";

    private static final RowMapper<HistoryEntry> MAPPER = (rs, ctx) -> new HistoryEntry(
            rs.getLong("id"),
            rs.getObject("at", OffsetDateTime.class).toInstant(),
            rs.getString("prompt"),
            rs.getString("command"),
            rs.getString("stdout"),
            rs.getString("stderr"),
            rs.getInt("exit_code"),
            auditIds(rs.getString("audit_ids")));

    private final Jdbi jdbi;

    public ConsoleHistoryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long append(String learnerId, String sandboxId, Instant at, String prompt, String command, String stdout,
                       String stderr, int exitCode, List<Long> auditIds, boolean denied) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO console_history (learner_id, sandbox_id, at, prompt, "
                        + "command, stdout, stderr, exit_code, audit_ids, denied) VALUES (:learner, :sandbox, :at, :prompt, "
                        + ":command, :stdout, :stderr, :exit, :audit, :denied)")
                .bind("denied", denied)
                .bind("learner", learnerId)
                .bind("sandbox", sandboxId)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("prompt", prompt)
                .bind("command", shorten(command, MAX_COMMAND_CHARS, ""))
                .bind("stdout", shorten(stdout, MAX_OUTPUT_CHARS, TRUNCATED))
                .bind("stderr", shorten(stderr, MAX_OUTPUT_CHARS, TRUNCATED))
                .bind("exit", exitCode)
                .bind("audit", idsJson(auditIds))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    /** The learner's latest commands in a sandbox, oldest first. */
    public List<HistoryEntry> recent(String learnerId, String sandboxId, int limit) {
        List<HistoryEntry> newestFirst = jdbi.withHandle(h -> h.createQuery("SELECT * FROM console_history "
                        + "WHERE learner_id = :learner AND sandbox_id = :sandbox ORDER BY id DESC LIMIT :limit")
                .bind("learner", learnerId)
                .bind("sandbox", sandboxId)
                .bind("limit", limit)
                .map(MAPPER)
                .list());
        List<HistoryEntry> entries = new ArrayList<>(newestFirst);
        Collections.reverse(entries);
        return entries;
    }

    /** Every command of a learner (all sandboxes), oldest first: for the instructor's view and exports. */
    public List<HistoryEntry> all(String learnerId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM console_history WHERE learner_id = :learner "
                        + "ORDER BY id LIMIT :limit")
                .bind("learner", learnerId)
                .bind("limit", limit)
                .map(MAPPER)
                .list());
    }

    /** The learner's latest commands (any sandbox), newest first: when, and whether a request was refused. */
    public List<Activity> latestActivity(String learnerId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT at, denied FROM console_history WHERE learner_id = :learner "
                        + "ORDER BY id DESC LIMIT :limit")
                .bind("learner", learnerId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Activity(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getBoolean("denied")))
                .list());
    }

    /** One command's time and whether it was refused. */
    public record Activity(Instant at, boolean denied) {
    }

    private static String shorten(String text, int max, String marker) {
        return text.length() <= max ? text : text.substring(0, max) + marker;
    }

    private static String idsJson(List<Long> ids) {
        com.fasterxml.jackson.databind.node.ArrayNode array = Json.array();
        ids.forEach(array::add);
        return Json.write(array);
    }

    private static List<Long> auditIds(String json) {
        List<Long> ids = new ArrayList<>();
        Json.parse(json).forEach(node -> ids.add(node.asLong()));
        return ids;
    }
}
