package dev.rbaclab.classroom.grades;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.classroom.ActivityTracker;
import dev.rbaclab.classroom.Membership;
import dev.rbaclab.classroom.Roster;
import dev.rbaclab.classroom.Workshop;
import dev.rbaclab.classroom.WorkshopService;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.learners.LearnerSandboxes;
import dev.rbaclab.lessons.Chapter;
import dev.rbaclab.lessons.Check;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.progress.ProgressService;
import dev.rbaclab.progress.StepProgress;
import dev.rbaclab.progress.StepStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a workshop's grades. Until scores freeze, every step a learner has opened and not yet passed is evaluated
 * again against their sandbox first, so a grade reflects the sandbox as it is, not the last Check press. Nothing a
 * browser sends enters a grade: only stored evaluations made by the server.
 */
public final class Gradebook {

    private final Chapter chapter;
    private final WorkshopService workshops;
    private final ProgressService progress;
    private final LearnerSandboxes sandboxes;
    private final ActivityTracker activity;
    private final Roster roster;
    private final Clock clock;

    public Gradebook(Chapter chapter, WorkshopService workshops, ProgressService progress, LearnerSandboxes sandboxes,
                     ActivityTracker activity, Clock clock) {
        this.chapter = chapter;
        this.workshops = workshops;
        this.progress = progress;
        this.sandboxes = sandboxes;
        this.activity = activity;
        this.roster = new Roster(chapter);
        this.clock = clock;
    }

    public GradeReport report(Workshop workshop, Locale locale) {
        Instant now = clock.instant();
        List<Membership> members = workshops.members(workshop);
        List<Roster.Column> columns = roster.columns(workshop, locale);
        if (!workshop.frozenAt(now)) {
            members.forEach(member -> reevaluate(member.learnerId(), columns));
        }
        Map<String, List<StepProgress>> byLearner = new HashMap<>();
        progress.progressOf(members.stream().map(Membership::learnerId).toList())
                .forEach(p -> byLearner.computeIfAbsent(p.learnerId(), k -> new ArrayList<>()).add(p));
        List<GradeReport.LearnerGrades> learners = new ArrayList<>();
        for (Membership member : members) {
            List<StepProgress> own = byLearner.getOrDefault(member.learnerId(), List.of());
            Roster.Row row = roster.row(member, columns, own, activity.of(member.learnerId()), now);
            List<GradeReport.StepGrade> steps = new ArrayList<>();
            for (Roster.Column column : columns) {
                Optional<StepProgress> p = own.stream().filter(s -> s.lessonId().equals(column.lessonId())
                        && s.stepId().equals(column.stepId())).findFirst();
                steps.add(stepGrade(column, p.orElse(null), locale));
            }
            learners.add(new GradeReport.LearnerGrades(member.learnerId(), member.displayName(), steps, row.total(),
                    row.max(), row.lastActivity()));
        }
        return new GradeReport(workshop, columns, learners, now);
    }

    private void reevaluate(String learnerId, List<Roster.Column> columns) {
        Optional<Sandbox> sandbox = sandboxes.current(learnerId);
        if (sandbox.isEmpty()) {
            return;
        }
        for (Roster.Column column : columns) {
            Optional<StepProgress> stored = progress.find(learnerId, column.lessonId(), column.stepId());
            if (stored.isEmpty() || stored.get().status() == StepStatus.PASSED) {
                continue;
            }
            Lesson lesson = chapter.lesson(column.lessonId()).orElseThrow();
            Step step = lesson.step(column.stepId()).orElseThrow();
            progress.check(learnerId, sandbox.get().id(), lesson, step, false);
        }
    }

    private GradeReport.StepGrade stepGrade(Roster.Column column, StepProgress p, Locale locale) {
        Step step = chapter.lesson(column.lessonId()).flatMap(l -> l.step(column.stepId())).orElseThrow();
        Map<String, JsonNode> outcomes = new HashMap<>();
        if (p != null && p.results() != null) {
            p.results().forEach(o -> outcomes.put(o.path("check").asText(), o));
        }
        List<GradeReport.CheckGrade> checks = new ArrayList<>();
        for (Check check : step.checks()) {
            JsonNode outcome = outcomes.get(check.id());
            String status = outcome == null ? "pending" : outcome.path("status").asText("pending");
            String message = switch (status) {
                case "failed" -> check.failure().in(locale) + detail(outcome);
                case "too_broad" -> check.failure().in(locale) + " " + outcome.path("excess");
                default -> "";
            };
            checks.add(new GradeReport.CheckGrade(check.id(), check.title().in(locale), status,
                    outcome == null ? 0 : outcome.path("points").asInt(0), check.points(), message));
        }
        String status = p == null ? "new" : p.status().name().toLowerCase(Locale.ROOT);
        return new GradeReport.StepGrade(column, status, p == null ? 0 : p.score(), step.maxPoints(), checks);
    }

    private static String detail(JsonNode outcome) {
        String detail = outcome.path("detail").asText("");
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }
}
