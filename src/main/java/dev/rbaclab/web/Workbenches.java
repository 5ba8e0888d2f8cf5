package dev.rbaclab.web;

import dev.rbaclab.learners.Learner;
import dev.rbaclab.learners.LearnerSandboxes;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * Finds the learner of a request and their current sandbox. A learner only ever reaches their own sandbox: it is
 * looked up from the learner's record, never from an id the browser sends.
 */
final class Workbenches {

    private final Session session;
    private final LearnerSandboxes sandboxes;

    Workbenches(Session session, LearnerSandboxes sandboxes) {
        this.session = session;
        this.sandboxes = sandboxes;
    }

    Optional<Workbench> find(Context ctx) {
        Optional<Learner> learner = session.learner(ctx);
        return learner.flatMap(l -> sandboxes.current(l.id()).map(s -> new Workbench(l, s)));
    }

    /** The workbench, or 401 for API calls (pages redirect home instead). */
    Workbench require(Context ctx) {
        return find(ctx).orElseThrow(() -> new WebException(401, "error.no_session"));
    }

    /** A fresh sandbox for the learner ("reset sandbox"). */
    Workbench reset(Workbench old) {
        return new Workbench(old.learner(), sandboxes.reset(old.learner().id()));
    }

    /** The learner of this request (registered now on first contact) with their sandbox (made now if none). */
    Workbench start(Context ctx, String locale) {
        Learner learner = session.learnerOrRegister(ctx, locale);
        return new Workbench(learner, sandboxes.start(learner.id()));
    }
}
