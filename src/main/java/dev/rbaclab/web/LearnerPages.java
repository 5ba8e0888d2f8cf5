package dev.rbaclab.web;

import dev.rbaclab.classroom.Workshop;
import dev.rbaclab.console.ConsoleStatus;
import dev.rbaclab.learners.LearnerCredential;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.progress.StepProgress;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's pages: home, starting and resuming, the chapter map, the lesson player, "connect your own kubectl",
 * the token viewer, and resetting the sandbox. A page without a session sends the learner home.
 */
final class LearnerPages {

    private final Pages pages;
    private final Session session;
    private final Workbenches workbenches;
    private final WebDependencies deps;

    LearnerPages(Pages pages, Session session, Workbenches workbenches, WebDependencies deps) {
        this.pages = pages;
        this.session = session;
        this.workbenches = workbenches;
        this.deps = deps;
    }

    void home(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        Optional<Workbench> workbench = workbenches.find(ctx);
        model.put("started", workbench.isPresent());
        workbench.ifPresent(w -> model.put("resumeLink", resumeLink(ctx)));
        pages.render(ctx, "home", model);
    }

    /** "Start self-study": a learner and a sandbox on first visit; later visits continue where they were. */
    void start(Context ctx) {
        if (workbenches.find(ctx).isEmpty()) {
            workbenches.start(ctx, Locales.of(ctx).getLanguage());
        }
        ctx.redirect("/chapter", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The resume page: the code travels in the URL fragment, which browsers never send to a server. */
    void resumeForm(Context ctx) {
        pages.render(ctx, "resume", Map.of("failed", false));
    }

    void resume(Context ctx) {
        String code = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
        if (code.startsWith("#")) {
            code = code.substring(1);
        }
        LearnerCredential credential = LearnerCredential.parse(code);
        if (credential == null || deps.learners().authenticate(credential).isEmpty()) {
            ctx.status(404);
            pages.render(ctx, "resume", Map.of("failed", true));
            return;
        }
        session.signIn(ctx, credential);
        ctx.redirect("/chapter", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void chapter(Context ctx) {
        Optional<Workbench> found = workbenches.find(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        Workbench workbench = found.get();
        Locale locale = Locales.of(ctx);
        List<StepProgress> progress = deps.progress().progressOf(workbench.learner().id());
        Map<String, Object> model = new HashMap<>();
        model.put("chapterTitle", deps.chapter().title().in(locale));
        // in a workshop, the map shows the workshop's lessons; every lesson stays reachable by its link
        Optional<Workshop> workshop = deps.classroom().workshops().currentWorkshop(workbench.learner().id());
        List<LessonViews.LessonCard> cards = LessonViews.chapter(deps.chapter(), progress, locale);
        model.put("lessons", workshop.map(w -> cards.stream().filter(c -> w.lessons().contains(c.id())).toList())
                .orElse(cards));
        model.put("workshop", workshop.orElse(null));
        model.put("resumeLink", resumeLink(ctx));
        pages.render(ctx, "chapter", model);
    }

    /** {@code /lessons/{lesson}}: the first step not passed yet. */
    void lesson(Context ctx) {
        Lesson lesson = deps.chapter().lesson(ctx.pathParam("lesson")).orElseThrow(WebException::notFound);
        Optional<Workbench> workbench = workbenches.find(ctx);
        if (workbench.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        List<StepProgress> progress = deps.progress().progressOf(workbench.get().learner().id());
        Step next = lesson.steps().stream()
                .filter(step -> progress.stream().noneMatch(p -> p.lessonId().equals(lesson.id())
                        && p.stepId().equals(step.id()) && p.status().done()))
                .findFirst().orElse(lesson.steps().get(0));
        ctx.redirect("/lessons/" + lesson.id() + "/" + next.id());
    }

    void step(Context ctx) {
        Lesson lesson = deps.chapter().lesson(ctx.pathParam("lesson")).orElseThrow(WebException::notFound);
        Step step = lesson.step(ctx.pathParam("step")).orElseThrow(WebException::notFound);
        Optional<Workbench> found = workbenches.find(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        Workbench workbench = found.get();
        Locale locale = Locales.of(ctx);
        String learnerId = workbench.learner().id();
        StepProgress current = deps.progress().open(learnerId, workbench.sandbox().id(), lesson, step);
        List<StepProgress> progress = deps.progress().progressOf(learnerId);
        int index = lesson.indexOf(step.id());
        int lessonIndex = deps.chapter().lessons().indexOf(lesson);
        ConsoleStatus console = deps.console().status(learnerId, workbench.sandbox());

        Map<String, Object> model = new HashMap<>();
        model.put("lessonId", lesson.id());
        model.put("section", lesson.section());
        model.put("lessonTitle", lesson.title().in(locale));
        model.put("steps", LessonViews.steps(lesson, step, progress, locale));
        model.put("stepId", step.id());
        model.put("stepNumber", index + 1);
        model.put("stepCount", lesson.steps().size());
        model.put("stepTitle", step.title().in(locale));
        model.put("stepHtml", Markdown.html(step.body().in(locale), locale));
        model.put("stepStatus", current.status().name().toLowerCase(Locale.ROOT));
        model.put("score", current.score());
        model.put("maxScore", step.maxPoints());
        model.put("checks", LessonViews.checks(step, current, locale));
        model.put("quizzes", LessonViews.quizzes(step, current, locale));
        model.put("hintCount", step.hints().size());
        model.put("setupErrors", setupErrors(current));
        model.put("previousStep", index > 0 ? lesson.steps().get(index - 1).id() : null);
        model.put("nextStep", index + 1 < lesson.steps().size() ? lesson.steps().get(index + 1).id() : null);
        model.put("nextLesson", lessonIndex + 1 < deps.chapter().lessons().size()
                ? deps.chapter().lessons().get(lessonIndex + 1).id() : null);
        model.put("solutionAllowed", deps.classroom().workshops().solutionAllowed(learnerId, lesson.id(), step.id()));
        model.put("scoresFrozen", deps.classroom().workshops().scoresFrozen(learnerId));
        model.put("prompt", console.prompt());
        model.put("consoleContext", console.context());
        pages.render(ctx, "lesson", model);
    }

    void kubectl(Context ctx) {
        Optional<Workbench> found = workbenches.find(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        Workbench workbench = found.get();
        Map<String, Object> model = new HashMap<>();
        model.put("sandboxId", workbench.sandbox().id());
        model.put("server", deps.sandboxes().server(workbench.sandbox().id()));
        model.put("users", deps.sandboxes().users(workbench.sandbox().id()).stream().map(u -> u.user()).toList());
        pages.render(ctx, "kubectl", model);
    }

    void tokens(Context ctx) {
        if (workbenches.find(ctx).isEmpty()) {
            ctx.redirect("/");
            return;
        }
        pages.render(ctx, "tokens", Map.of());
    }

    /** "Reset sandbox": a fresh cluster; progress stays, and the step being worked on gets its setup again. */
    void reset(Context ctx) {
        Workbench old = workbenches.require(ctx);
        Workbench fresh = workbenches.reset(old);
        String lessonId = ctx.formParam("lesson");
        String stepId = ctx.formParam("step");
        String back = "/chapter";
        if (lessonId != null && stepId != null) {
            Optional<Lesson> lesson = deps.chapter().lesson(lessonId);
            Optional<Step> step = lesson.flatMap(l -> l.step(stepId));
            if (step.isPresent()) {
                deps.progress().prepare(fresh.sandbox().id(), step.get());
                back = "/lessons/" + lessonId + "/" + stepId;
            }
        }
        ctx.redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private String resumeLink(Context ctx) {
        LearnerCredential credential = session.credential(ctx);
        return credential == null ? null : ctx.scheme() + "://" + ctx.host() + "/resume#" + credential.value();
    }

    private static List<String> setupErrors(StepProgress progress) {
        List<String> errors = new java.util.ArrayList<>();
        if (progress.results() != null) {
            progress.results().forEach(r -> {
                if (r.has("setupError")) {
                    errors.add(r.path("setupError").asText());
                }
            });
        }
        return errors;
    }
}
