package dev.rbaclab.progress;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/** One learner's progress on one step; {@code results} holds the last check outcomes as JSON. */
public record StepProgress(
        String learnerId,
        String lessonId,
        String stepId,
        StepStatus status,
        int score,
        int maxScore,
        int attempts,
        int failedChecks,
        Instant startedAt,
        Instant updatedAt,
        Instant completedAt,
        JsonNode results,
        Map<String, Integer> answers) {

    public StepProgress {
        answers = Map.copyOf(answers);
    }
}
