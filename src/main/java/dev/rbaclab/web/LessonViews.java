package dev.rbaclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.lessons.Chapter;
import dev.rbaclab.lessons.Check;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.progress.StepProgress;
import dev.rbaclab.progress.StepStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The chapter and lessons as the pages show them, in one language, with a learner's progress. */
public final class LessonViews {

    private LessonViews() {
    }

    /** A lesson on the chapter map. */
    public record LessonCard(String id, String section, String title, String summary, int steps, int passed, int score,
                      int maxScore, String state) {
        public int percent() {
            return steps == 0 ? 0 : passed * 100 / steps;
        }
    }

    /** A step in the player's step list. */
    public record StepLink(String id, int number, String title, String status, boolean current) {
    }

    /** One check of the current step, with its last outcome. */
    public record CheckView(String id, String title, String status, String failure, String detail, List<String> excess,
                     int points) {
    }

    /** A quiz question with its options (numbered from 1) and the learner's answer. */
    public record QuizView(String id, String question, List<String> options, int answered) {
    }

    static List<LessonCard> chapter(Chapter chapter, List<StepProgress> progress, Locale locale) {
        Map<String, StepProgress> byStep = index(progress);
        List<LessonCard> cards = new ArrayList<>();
        for (Lesson lesson : chapter.lessons()) {
            int passed = 0;
            int score = 0;
            boolean started = false;
            for (Step step : lesson.steps()) {
                StepProgress p = byStep.get(lesson.id() + "/" + step.id());
                if (p != null) {
                    started = true;
                    score += p.score();
                    passed += p.status().done() ? 1 : 0;
                }
            }
            String state = passed == lesson.steps().size() ? "done" : started ? "started" : "new";
            cards.add(new LessonCard(lesson.id(), lesson.section(), lesson.title().in(locale),
                    lesson.summary().in(locale), lesson.steps().size(), passed, score, lesson.maxPoints(), state));
        }
        return cards;
    }

    static List<StepLink> steps(Lesson lesson, Step current, List<StepProgress> progress, Locale locale) {
        Map<String, StepProgress> byStep = index(progress);
        List<StepLink> links = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            links.add(new StepLink(step.id(), i + 1, step.title().in(locale),
                    status(byStep.get(lesson.id() + "/" + step.id())), step.id().equals(current.id())));
        }
        return links;
    }

    public static List<CheckView> checks(Step step, StepProgress progress, Locale locale) {
        Map<String, JsonNode> outcomes = new HashMap<>();
        if (progress != null && progress.results() != null) {
            for (JsonNode outcome : progress.results()) {
                if (outcome.has("check")) {
                    outcomes.put(outcome.path("check").asText(), outcome);
                }
            }
        }
        List<CheckView> views = new ArrayList<>();
        for (Check check : step.checks()) {
            if (check instanceof Check.QuizCheck) {
                continue;
            }
            JsonNode outcome = outcomes.get(check.id());
            String status = outcome == null ? "pending" : outcome.path("status").asText("pending");
            List<String> excess = new ArrayList<>();
            if (outcome != null) {
                outcome.path("excess").forEach(e -> excess.add(e.asText()));
            }
            views.add(new CheckView(check.id(), check.title().in(locale), status, check.failure().in(locale),
                    outcome == null ? "" : outcome.path("detail").asText(""), excess, check.points()));
        }
        return views;
    }

    static List<QuizView> quizzes(Step step, StepProgress progress, Locale locale) {
        List<QuizView> views = new ArrayList<>();
        for (Check check : step.checks()) {
            if (check instanceof Check.QuizCheck quiz) {
                List<String> options = quiz.options().stream().map(o -> o.text().in(locale)).toList();
                int answered = progress == null ? 0 : progress.answers().getOrDefault(quiz.id(), 0);
                views.add(new QuizView(quiz.id(), quiz.question().in(locale), options, answered));
            }
        }
        return views;
    }

    static String status(StepProgress progress) {
        return progress == null ? "new" : progress.status().name().toLowerCase(Locale.ROOT);
    }

    static boolean done(StepProgress progress) {
        return progress != null && progress.status() == StepStatus.PASSED;
    }

    private static Map<String, StepProgress> index(List<StepProgress> progress) {
        Map<String, StepProgress> byStep = new HashMap<>();
        progress.forEach(p -> byStep.put(p.lessonId() + "/" + p.stepId(), p));
        return byStep;
    }
}
