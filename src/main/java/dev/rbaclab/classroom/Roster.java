package dev.rbaclab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.lessons.Chapter;
import dev.rbaclab.lessons.Check;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.progress.StepProgress;
import dev.rbaclab.progress.StepStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live roster of a workshop: learners × steps with points, attempts and time on step, a "stuck" marker (many
 * failed checks on a step, or several refused commands in a row), and the class-wide view of which step most
 * learners fail and on which check.
 */
public final class Roster {

    /** Failed Check presses on one unfinished step that mark a learner as stuck. */
    public static final int FAILED_CHECKS_STUCK = 3;

    private final Chapter chapter;

    public Roster(Chapter chapter) {
        this.chapter = chapter;
    }

    /** A column: one step of one of the workshop's lessons. */
    public record Column(String lessonId, String stepId, String section, int number, String title) {
        public String key() {
            return lessonId + "/" + stepId;
        }
    }

    /** A learner's progress on one step. */
    public record Cell(String status, int score, int maxScore, int attempts, int failedChecks, long secondsOnStep) {
    }

    /** A learner's row. */
    public record Row(String learnerId, String name, List<Cell> cells, int total, int max, Instant lastActivity,
                      boolean stuck, String stuckReason) {
    }

    /** How the class does on one step: how many passed or tried, and the check that fails most. */
    public record StepSummary(Column column, int passed, int attempted, String hardestCheck, int hardestCheckFailures) {
    }

    public List<Column> columns(Workshop workshop, Locale locale) {
        List<Column> columns = new ArrayList<>();
        for (String lessonId : workshop.lessons()) {
            chapter.lesson(lessonId).ifPresent(lesson -> {
                for (int i = 0; i < lesson.steps().size(); i++) {
                    Step step = lesson.steps().get(i);
                    columns.add(new Column(lesson.id(), step.id(), lesson.section(), i + 1, step.title().in(locale)));
                }
            });
        }
        return columns;
    }

    public Row row(Membership member, List<Column> columns, List<StepProgress> progress,
                   ActivityTracker.Activity activity, Instant now) {
        Map<String, StepProgress> byStep = new HashMap<>();
        progress.forEach(p -> byStep.put(p.lessonId() + "/" + p.stepId(), p));
        List<Cell> cells = new ArrayList<>();
        int total = 0;
        int max = 0;
        Instant last = activity.lastCommand();
        String stuckReason = null;
        for (Column column : columns) {
            StepProgress p = byStep.get(column.key());
            int stepMax = maxPoints(column);
            max += stepMax;
            if (p == null) {
                cells.add(new Cell("new", 0, stepMax, 0, 0, 0));
                continue;
            }
            total += p.score();
            Instant end = p.completedAt() != null ? p.completedAt() : now;
            cells.add(new Cell(p.status().name().toLowerCase(Locale.ROOT), p.score(), stepMax, p.attempts(),
                    p.failedChecks(), Math.max(0, end.getEpochSecond() - p.startedAt().getEpochSecond())));
            if (last == null || p.updatedAt().isAfter(last)) {
                last = p.updatedAt();
            }
            if (stuckReason == null && p.status() != StepStatus.PASSED && p.failedChecks() >= FAILED_CHECKS_STUCK) {
                stuckReason = "failed_checks";
            }
        }
        if (stuckReason == null && activity.deniedStreak() >= ActivityTracker.DENIED_STREAK_STUCK) {
            stuckReason = "denied_streak";
        }
        return new Row(member.learnerId(), member.displayName(), cells, total, max, last, stuckReason != null,
                stuckReason);
    }

    public List<StepSummary> summary(List<Column> columns, List<StepProgress> progress, Locale locale) {
        List<StepSummary> summaries = new ArrayList<>();
        for (Column column : columns) {
            int passed = 0;
            int attempted = 0;
            Map<String, Integer> failures = new LinkedHashMap<>();
            for (StepProgress p : progress) {
                if (!(p.lessonId() + "/" + p.stepId()).equals(column.key())) {
                    continue;
                }
                attempted += p.attempts() > 0 || p.status() == StepStatus.PASSED ? 1 : 0;
                passed += p.status() == StepStatus.PASSED ? 1 : 0;
                if (p.status() != StepStatus.PASSED && p.results() != null) {
                    for (JsonNode outcome : p.results()) {
                        if ("failed".equals(outcome.path("status").asText()) || "too_broad".equals(outcome.path("status").asText())) {
                            failures.merge(outcome.path("check").asText(), 1, Integer::sum);
                        }
                    }
                }
            }
            String hardest = null;
            int hardestCount = 0;
            for (Map.Entry<String, Integer> entry : failures.entrySet()) {
                if (entry.getValue() > hardestCount) {
                    hardest = entry.getKey();
                    hardestCount = entry.getValue();
                }
            }
            summaries.add(new StepSummary(column, passed, attempted, hardest == null ? null : checkTitle(column, hardest, locale),
                    hardestCount));
        }
        return summaries;
    }

    private int maxPoints(Column column) {
        return step(column).map(Step::maxPoints).orElse(0);
    }

    private java.util.Optional<Step> step(Column column) {
        return chapter.lesson(column.lessonId()).flatMap(l -> l.step(column.stepId()));
    }

    private String checkTitle(Column column, String checkId, Locale locale) {
        return step(column).flatMap(s -> s.checks().stream().filter(c -> c.id().equals(checkId)).findFirst())
                .map(Check::title).map(t -> t.in(locale)).orElse(checkId);
    }

    /** The lesson and step of a column, for actions on one learner. */
    public java.util.Optional<Lesson> lesson(String lessonId) {
        return chapter.lesson(lessonId);
    }
}
