package dev.rbaclab.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code step_progress} table. */
public final class ProgressRepository {

    private static final RowMapper<StepProgress> MAPPER = (rs, ctx) -> new StepProgress(
            rs.getString("learner_id"),
            rs.getString("lesson_id"),
            rs.getString("step_id"),
            StepStatus.valueOf(rs.getString("status")),
            rs.getInt("score"),
            rs.getInt("max_score"),
            rs.getInt("attempts"),
            rs.getInt("failed_checks"),
            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
            rs.getObject("completed_at", OffsetDateTime.class) == null ? null
                    : rs.getObject("completed_at", OffsetDateTime.class).toInstant(),
            Json.parse(rs.getString("results")),
            answers(rs.getString("answers")));

    private final Jdbi jdbi;

    public ProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<StepProgress> find(String learnerId, String lessonId, String stepId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM step_progress WHERE learner_id = :l AND lesson_id = :lesson "
                        + "AND step_id = :step")
                .bind("l", learnerId).bind("lesson", lessonId).bind("step", stepId).map(MAPPER).findOne());
    }

    public List<StepProgress> forLearner(String learnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM step_progress WHERE learner_id = :l")
                .bind("l", learnerId).map(MAPPER).list());
    }

    public List<StepProgress> forLearners(List<String> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM step_progress WHERE learner_id IN (<ids>)")
                .bindList("ids", learnerIds).map(MAPPER).list());
    }

    public void save(StepProgress progress) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE step_progress SET status = :status, score = :score, max_score = :max, "
                            + "attempts = :attempts, failed_checks = :failed, started_at = :started, updated_at = :updated, "
                            + "completed_at = :completed, results = :results, answers = :answers "
                            + "WHERE learner_id = :l AND lesson_id = :lesson AND step_id = :step")
                    .bindMap(bindings(progress)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO step_progress (learner_id, lesson_id, step_id, status, score, max_score, "
                                + "attempts, failed_checks, started_at, updated_at, completed_at, results, answers) VALUES "
                                + "(:l, :lesson, :step, :status, :score, :max, :attempts, :failed, :started, :updated, "
                                + ":completed, :results, :answers)")
                        .bindMap(bindings(progress)).execute();
            }
        });
    }

    private static Map<String, Object> bindings(StepProgress p) {
        Map<String, Object> map = new HashMap<>();
        map.put("l", p.learnerId());
        map.put("lesson", p.lessonId());
        map.put("step", p.stepId());
        map.put("status", p.status().name());
        map.put("score", p.score());
        map.put("max", p.maxScore());
        map.put("attempts", p.attempts());
        map.put("failed", p.failedChecks());
        map.put("started", time(p.startedAt()));
        map.put("updated", time(p.updatedAt()));
        map.put("completed", p.completedAt() == null ? null : time(p.completedAt()));
        map.put("results", Json.write(p.results()));
        ObjectNode answers = Json.object();
        p.answers().forEach(answers::put);
        map.put("answers", Json.write(answers));
        return map;
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Map<String, Integer> answers(String json) {
        Map<String, Integer> answers = new HashMap<>();
        JsonNode node = Json.parse(json);
        node.fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asInt()));
        return answers;
    }
}
