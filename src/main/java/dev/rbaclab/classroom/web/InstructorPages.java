package dev.rbaclab.classroom.web;

import dev.rbaclab.classroom.Instructor;
import dev.rbaclab.classroom.InstructorService;
import dev.rbaclab.classroom.Membership;
import dev.rbaclab.classroom.Roster;
import dev.rbaclab.classroom.Workshop;
import dev.rbaclab.classroom.WorkshopMode;
import dev.rbaclab.classroom.WorkshopService;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.progress.StepProgress;
import dev.rbaclab.web.ClusterView;
import dev.rbaclab.web.LessonViews;
import dev.rbaclab.web.Pages;
import dev.rbaclab.web.WebDependencies;
import dev.rbaclab.web.WhyView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The instructor's pages: sign-in, the workshop list (create a workshop, add instructors, API token), the live
 * dashboard, one learner's view, and the actions on a learner (reset a step or the sandbox, reveal a solution).
 */
public final class InstructorPages {

    private final Pages pages;
    private final InstructorSession session;
    private final WebDependencies deps;

    public InstructorPages(Pages pages, InstructorSession session, WebDependencies deps) {
        this.pages = pages;
        this.session = session;
        this.deps = deps;
    }

    private InstructorService instructors() {
        return deps.classroom().instructors();
    }

    private WorkshopService workshops() {
        return deps.classroom().workshops();
    }

    public void loginForm(Context ctx) {
        if (session.instructor(ctx).isPresent()) {
            ctx.redirect("/instructor");
            return;
        }
        render(ctx, "instructor/login", Map.of("failed", false));
    }

    public void login(Context ctx) {
        Optional<InstructorService.SignedIn> signedIn = instructors().signIn(ctx.formParam("username"),
                ctx.formParam("password"));
        if (signedIn.isEmpty()) {
            ctx.status(401);
            render(ctx, "instructor/login", Map.of("failed", true));
            return;
        }
        session.signIn(ctx, signedIn.get().credential());
        ctx.redirect("/instructor", HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        session.signOut(ctx);
        ctx.redirect("/instructor/login", HttpStatus.SEE_OTHER);
    }

    public void workshops(Context ctx) {
        workshopsPage(ctx, null, null);
    }

    private void workshopsPage(Context ctx, String problem, String newToken) {
        Instructor instructor = InstructorGuard.instructor(ctx);
        Locale locale = Pages.locale(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("workshops", workshops().visibleTo(instructor));
        model.put("lessons", deps.chapter().lessons().stream()
                .map(l -> new LessonChoice(l.id(), l.section(), l.title().in(locale))).toList());
        model.put("instructors", instructors().all());
        model.put("problem", problem);
        model.put("newToken", newToken);
        model.put("baseUrl", ctx.scheme() + "://" + ctx.host());
        render(ctx, "instructor/workshops", model);
    }

    /** A lesson offered when creating a workshop. */
    public record LessonChoice(String id, String section, String title) {
    }

    public void createWorkshop(Context ctx) {
        Instructor instructor = InstructorGuard.instructor(ctx);
        WorkshopMode mode = "graded".equals(ctx.formParam("mode")) ? WorkshopMode.GRADED : WorkshopMode.PRACTICE;
        Instant deadline = null;
        String deadlineText = ctx.formParam("deadline");
        if (deadlineText != null && !deadlineText.isBlank()) {
            try {
                // datetime-local carries no zone; the lab keeps time in UTC and says so on the form
                deadline = LocalDateTime.parse(deadlineText).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                workshopsPage(ctx, "workshop.bad_deadline", null);
                return;
            }
        }
        WorkshopService.Result<Workshop> created = workshops().create(instructor, ctx.formParam("title"),
                ctx.formParams("lessons"), mode, deadline);
        if (!created.ok()) {
            ctx.status(400);
            workshopsPage(ctx, created.problem(), null);
            return;
        }
        ctx.redirect("/instructor/workshops/" + created.value().code(), HttpStatus.SEE_OTHER);
    }

    public void addInstructor(Context ctx) {
        Optional<String> problem = instructors().add(ctx.formParam("username"), ctx.formParam("password"),
                "on".equals(ctx.formParam("admin")) && InstructorGuard.instructor(ctx).admin());
        if (problem.isPresent()) {
            ctx.status(400);
            workshopsPage(ctx, problem.get(), null);
            return;
        }
        ctx.redirect("/instructor", HttpStatus.SEE_OTHER);
    }

    public void newApiToken(Context ctx) {
        String token = instructors().newApiToken(InstructorGuard.instructor(ctx).id());
        workshopsPage(ctx, null, token);
    }

    public void dashboard(Context ctx) {
        Workshop workshop = workshop(ctx);
        Locale locale = Pages.locale(ctx);
        Instant now = deps.clock().instant();
        List<Roster.Column> columns = deps.classroom().roster().columns(workshop, locale);
        List<Membership> members = workshops().members(workshop);
        Map<String, List<StepProgress>> byLearner = progressOf(members);
        List<Roster.Row> rows = new ArrayList<>();
        for (Membership member : members) {
            rows.add(deps.classroom().roster().row(member, columns, byLearner.getOrDefault(member.learnerId(), List.of()),
                    deps.classroom().activity().of(member.learnerId()), now));
        }
        List<StepProgress> everyone = byLearner.values().stream().flatMap(List::stream).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", workshop);
        model.put("columns", columns);
        model.put("rows", rows);
        model.put("summary", deps.classroom().roster().summary(columns, everyone, locale));
        model.put("joinUrl", ctx.scheme() + "://" + ctx.host() + "/join?code=" + workshop.code());
        model.put("frozen", workshop.frozenAt(now));
        render(ctx, "instructor/dashboard", model);
    }

    public void setOpen(Context ctx, boolean open) {
        Workshop workshop = workshop(ctx);
        workshops().setOpen(workshop, open);
        ctx.redirect("/instructor/workshops/" + workshop.code(), HttpStatus.SEE_OTHER);
    }

    public void learner(Context ctx) {
        Workshop workshop = workshop(ctx);
        Membership member = member(ctx, workshop);
        Locale locale = Pages.locale(ctx);
        Instant now = deps.clock().instant();
        List<Roster.Column> columns = deps.classroom().roster().columns(workshop, locale);
        List<StepProgress> progress = deps.progress().progressOf(member.learnerId());
        Optional<Sandbox> sandbox = deps.learnerSandboxes().current(member.learnerId());
        List<StepView> steps = new ArrayList<>();
        for (Roster.Column column : columns) {
            Lesson lesson = deps.chapter().lesson(column.lessonId()).orElseThrow();
            Step step = lesson.step(column.stepId()).orElseThrow();
            StepProgress p = progress.stream().filter(s -> s.lessonId().equals(lesson.id())
                    && s.stepId().equals(step.id())).findFirst().orElse(null);
            steps.add(new StepView(column, p == null ? "new" : p.status().name().toLowerCase(Locale.ROOT),
                    p == null ? 0 : p.score(), step.maxPoints(), p == null ? 0 : p.attempts(),
                    LessonViews.checks(step, p, locale)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", workshop);
        model.put("member", member);
        model.put("row", deps.classroom().roster().row(member, columns, progress,
                deps.classroom().activity().of(member.learnerId()), now));
        model.put("steps", steps);
        model.put("history", sandbox.map(s -> last(deps.console().history(member.learnerId(), s.id()), 50))
                .orElse(List.of()));
        model.put("failures", sandbox.map(s -> deps.audit().recentDenied(s.id(), 5).stream()
                .map(e -> WhyView.of(e, locale)).toList()).orElse(List.of()));
        model.put("cluster", sandbox.map(s -> ClusterView.of(deps.readers().apply(s))).orElse(null));
        render(ctx, "instructor/learner", model);
    }

    /** One step of a learner, with its checks. */
    public record StepView(Roster.Column column, String status, int score, int max, int attempts,
                           List<LessonViews.CheckView> checks) {
    }

    public void resetStep(Context ctx) {
        Workshop workshop = workshop(ctx);
        Membership member = member(ctx, workshop);
        Lesson lesson = lessonOf(ctx, workshop);
        Step step = lesson.step(ctx.formParam("step")).orElseThrow(NotFoundResponse::new);
        Sandbox sandbox = deps.learnerSandboxes().current(member.learnerId()).orElseThrow(NotFoundResponse::new);
        deps.progress().reset(member.learnerId(), sandbox.id(), lesson, step);
        back(ctx, workshop, member);
    }

    public void resetSandbox(Context ctx) {
        Workshop workshop = workshop(ctx);
        Membership member = member(ctx, workshop);
        deps.learnerSandboxes().reset(member.learnerId());
        deps.classroom().feed().learnerChanged(member.learnerId());
        back(ctx, workshop, member);
    }

    public void reveal(Context ctx) {
        Workshop workshop = workshop(ctx);
        Membership member = member(ctx, workshop);
        Lesson lesson = lessonOf(ctx, workshop);
        Step step = lesson.step(ctx.formParam("step")).orElseThrow(NotFoundResponse::new);
        workshops().reveal(workshop, member.learnerId(), lesson.id(), step.id());
        back(ctx, workshop, member);
    }

    private void back(Context ctx, Workshop workshop, Membership member) {
        String back = ctx.formParam("back");
        ctx.redirect("dashboard".equals(back) ? "/instructor/workshops/" + workshop.code()
                : "/instructor/workshops/" + workshop.code() + "/learners/" + member.learnerId(), HttpStatus.SEE_OTHER);
    }

    /** The workshop named in the URL, if this instructor may manage it; otherwise it does not exist (404). */
    public Workshop workshop(Context ctx) {
        return workshops().manageable(InstructorGuard.instructor(ctx), ctx.pathParam("code"))
                .orElseThrow(NotFoundResponse::new);
    }

    private Membership member(Context ctx, Workshop workshop) {
        return workshops().member(workshop, ctx.pathParam("learner")).orElseThrow(NotFoundResponse::new);
    }

    private Lesson lessonOf(Context ctx, Workshop workshop) {
        String lessonId = ctx.formParam("lesson");
        if (lessonId == null || !workshop.lessons().contains(lessonId)) {
            throw new NotFoundResponse();
        }
        return deps.chapter().lesson(lessonId).orElseThrow(NotFoundResponse::new);
    }

    private Map<String, List<StepProgress>> progressOf(List<Membership> members) {
        Map<String, List<StepProgress>> byLearner = new HashMap<>();
        deps.progress().progressOf(members.stream().map(Membership::learnerId).toList())
                .forEach(p -> byLearner.computeIfAbsent(p.learnerId(), k -> new ArrayList<>()).add(p));
        return byLearner;
    }

    private static <T> List<T> last(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(list.size() - n, list.size());
    }

    private void render(Context ctx, String template, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("csrf", session.csrfToken(ctx));
        full.put("instructor", session.instructor(ctx).orElse(null));
        pages.render(ctx, template, full);
    }
}
