package dev.rbaclab.progress;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.grading.CheckOutcome;
import dev.rbaclab.grading.Grader;
import dev.rbaclab.grading.StepResult;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.SetupAction;
import dev.rbaclab.lessons.Step;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opening, checking, resetting and skipping steps. Every score comes from evaluating the checks on the server
 * against the sandbox; a request can ask for an evaluation, never set a score.
 */
public final class ProgressService {

    private final ProgressRepository repository;
    private final Grader grader;
    private final SetupApplier setup;
    private final Clock clock;
    private final ScorePolicy policy;

    public ProgressService(ProgressRepository repository, Grader grader, SetupApplier setup, Clock clock,
                           ScorePolicy policy) {
        this.repository = repository;
        this.grader = grader;
        this.setup = setup;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * What the classroom decides about scores: whether a learner's are frozen (a graded workshop past its deadline),
     * and who to tell when a learner's progress changed (the live roster).
     */
    public interface ScorePolicy {
        boolean frozen(String learnerId);

        void changed(StepProgress progress);

        ScorePolicy NONE = new ScorePolicy() {
            @Override
            public boolean frozen(String learnerId) {
                return false;
            }

            @Override
            public void changed(StepProgress progress) {
            }
        };
    }

    private void save(StepProgress progress) {
        repository.save(progress);
        policy.changed(progress);
    }

    /** The learner's progress on a step, opening it (and applying its setup) the first time. */
    public StepProgress open(String learnerId, String sandboxId, Lesson lesson, Step step) {
        return repository.find(learnerId, lesson.id(), step.id()).orElseGet(() -> {
            List<String> errors = applySetup(sandboxId, step);
            Instant now = clock.instant();
            StepProgress started = new StepProgress(learnerId, lesson.id(), step.id(), StepStatus.STARTED, 0,
                    step.maxPoints(), 0, 0, now, now, null, errors(errors), Map.of());
            save(started);
            return started;
        });
    }

    /**
     * Evaluates the step. {@code attempt} counts a press of Check (automatic checks after console commands do not).
     */
    public Evaluation check(String learnerId, String sandboxId, Lesson lesson, Step step, boolean attempt) {
        StepProgress progress = open(learnerId, sandboxId, lesson, step);
        StepResult result = grader.evaluate(step, sandboxId, progress.startedAt(), progress.answers());
        if (policy.frozen(learnerId)) {
            // past a graded workshop's deadline the stored score stands; the learner still sees what holds now
            return new Evaluation(progress, result);
        }
        Instant now = clock.instant();
        StepStatus status = switch (result.verdict()) {
            case PASSED -> StepStatus.PASSED;
            case TOO_BROAD -> StepStatus.TOO_BROAD;
            default -> progress.status() == StepStatus.SKIPPED ? StepStatus.SKIPPED : StepStatus.STARTED;
        };
        boolean failedAttempt = attempt && result.verdict() != StepResult.Verdict.PASSED;
        StepProgress updated = new StepProgress(learnerId, lesson.id(), step.id(),
                progress.status() == StepStatus.PASSED ? StepStatus.PASSED : status,
                Math.max(result.score(), progress.status() == StepStatus.PASSED ? progress.score() : 0),
                result.maxScore(), progress.attempts() + (attempt ? 1 : 0),
                failedAttempt ? progress.failedChecks() + 1 : result.verdict() == StepResult.Verdict.PASSED ? 0 : progress.failedChecks(),
                progress.startedAt(), now,
                progress.completedAt() == null && result.verdict() == StepResult.Verdict.PASSED ? now : progress.completedAt(),
                outcomesJson(result), progress.answers());
        if (!attempt && unchangedButTime(progress, updated)) {
            // the check the browser runs after every command, and nothing changed: not a durable write per command
            // (the roster's "last active" comes from the command itself)
            return new Evaluation(progress, result);
        }
        save(updated);
        return new Evaluation(updated, result);
    }

    private static boolean unchangedButTime(StepProgress before, StepProgress after) {
        return after.equals(new StepProgress(before.learnerId(), before.lessonId(), before.stepId(), before.status(),
                before.score(), before.maxScore(), before.attempts(), before.failedChecks(), before.startedAt(),
                after.updatedAt(), before.completedAt(), before.results(), before.answers()));
    }

    /** A quiz answer (option number from 1); evaluated with the other checks. */
    public Evaluation answer(String learnerId, String sandboxId, Lesson lesson, Step step, String quizId, int option) {
        StepProgress progress = open(learnerId, sandboxId, lesson, step);
        if (policy.frozen(learnerId)) {
            return new Evaluation(progress, grader.evaluate(step, sandboxId, progress.startedAt(), progress.answers()));
        }
        Map<String, Integer> answers = new HashMap<>(progress.answers());
        answers.put(quizId, option);
        save(new StepProgress(learnerId, lesson.id(), step.id(), progress.status(), progress.score(),
                progress.maxScore(), progress.attempts(), progress.failedChecks(), progress.startedAt(), clock.instant(),
                progress.completedAt(), progress.results(), answers));
        return check(learnerId, sandboxId, lesson, step, true);
    }

    /** "Reset this step": its setup again, and a fresh start for request checks; the rest of the sandbox stays. */
    public StepProgress reset(String learnerId, String sandboxId, Lesson lesson, Step step) {
        List<String> errors = applySetup(sandboxId, step);
        if (policy.frozen(learnerId)) {
            return open(learnerId, sandboxId, lesson, step);
        }
        Instant now = clock.instant();
        StepProgress reset = new StepProgress(learnerId, lesson.id(), step.id(), StepStatus.STARTED, 0, step.maxPoints(),
                0, 0, now, now, null, errors(errors), Map.of());
        save(reset);
        return reset;
    }

    /**
     * A fresh sandbox for a learner who was on this step: its setup again, and nothing about their progress changes
     * (what they passed stays passed).
     */
    public List<String> prepare(String sandboxId, Step step) {
        return applySetup(sandboxId, step);
    }

    /** Skipping ahead (practice mode): marked, not scored. */
    public void skip(String learnerId, String sandboxId, Lesson lesson, Step step) {
        StepProgress progress = open(learnerId, sandboxId, lesson, step);
        if (progress.status() != StepStatus.PASSED && !policy.frozen(learnerId)) {
            save(new StepProgress(learnerId, lesson.id(), step.id(), StepStatus.SKIPPED, progress.score(),
                    progress.maxScore(), progress.attempts(), progress.failedChecks(), progress.startedAt(), clock.instant(),
                    progress.completedAt(), progress.results(), progress.answers()));
        }
    }

    public List<StepProgress> progressOf(String learnerId) {
        return repository.forLearner(learnerId);
    }

    public List<StepProgress> progressOf(List<String> learnerIds) {
        return repository.forLearners(learnerIds);
    }

    public java.util.Optional<StepProgress> find(String learnerId, String lessonId, String stepId) {
        return repository.find(learnerId, lessonId, stepId);
    }

    private List<String> applySetup(String sandboxId, Step step) {
        List<String> errors = new ArrayList<>();
        for (SetupAction action : step.setup()) {
            String error = setup.apply(sandboxId, action);
            if (error != null) {
                errors.add(error);
            }
        }
        return errors;
    }

    private static ArrayNode errors(List<String> errors) {
        ArrayNode array = Json.array();
        for (String error : errors) {
            array.addObject().put("setupError", error);
        }
        return array;
    }

    static ArrayNode outcomesJson(StepResult result) {
        ArrayNode array = Json.array();
        for (CheckOutcome outcome : result.outcomes()) {
            ObjectNode node = array.addObject();
            node.put("check", outcome.check().id());
            node.put("points", outcome.points());
            node.put("max", outcome.check().points());
            if (outcome instanceof CheckOutcome.Passed) {
                node.put("status", "passed");
            } else if (outcome instanceof CheckOutcome.Failed failed) {
                node.put("status", "failed");
                node.put("detail", failed.detail());
            } else if (outcome instanceof CheckOutcome.TooBroad broad) {
                node.put("status", "too_broad");
                node.set("excess", Json.arrayOf(broad.excess()));
            }
        }
        return array;
    }

    /** The stored progress and the evaluation behind it. */
    public record Evaluation(StepProgress progress, StepResult result) {
    }
}
