package dev.rbaclab.classroom.web;

import dev.rbaclab.classroom.Workshop;
import dev.rbaclab.classroom.WorkshopService;
import dev.rbaclab.learners.Learner;
import dev.rbaclab.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;

/**
 * Joining a workshop: a code and a display name, no account. The learner (a new one, or the one this browser already
 * is) gets their own sandbox; joining again from the same browser resumes.
 */
public final class JoinPages {

    private final Pages pages;
    private final WorkshopService workshops;
    private final Joiner joiner;
    private final java.util.function.Consumer<String> joined;

    /** Makes (or finds) the learner of this browser and their sandbox. */
    @FunctionalInterface
    public interface Joiner {
        Learner learnerWithSandbox(Context ctx);
    }

    /** @param joined told the learner id after a join (the live roster shows the new row) */
    public JoinPages(Pages pages, WorkshopService workshops, Joiner joiner, java.util.function.Consumer<String> joined) {
        this.joined = joined;
        this.pages = pages;
        this.workshops = workshops;
        this.joiner = joiner;
    }

    public void form(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        String code = ctx.queryParam("code");
        model.put("code", code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        model.put("problem", null);
        pages.render(ctx, "join", model);
    }

    public void join(Context ctx) {
        String code = ctx.formParam("code");
        String name = ctx.formParam("name");
        // an unknown code creates nobody: the learner and sandbox come only with a workshop to join
        Learner learner = workshops.byCode(code).isEmpty() ? null : joiner.learnerWithSandbox(ctx);
        WorkshopService.Result<Workshop> result = learner == null
                ? new WorkshopService.Result<>(null, "join.unknown_code")
                : workshops.join(code, learner.id(), name);
        if (!result.ok()) {
            Map<String, Object> model = new HashMap<>();
            model.put("code", code == null ? "" : code);
            model.put("name", name == null ? "" : name);
            model.put("problem", result.problem());
            ctx.status(result.problem().equals("join.unknown_code") ? 404 : 400);
            pages.render(ctx, "join", model);
            return;
        }
        joined.accept(learner.id());
        ctx.redirect("/chapter", HttpStatus.SEE_OTHER);
    }
}
