package dev.rbaclab.web;

import dev.rbaclab.cluster.sandbox.SandboxService;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.learners.Learner;
import dev.rbaclab.learners.LearnerService;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * Finds the learner of a request and their current sandbox. A learner only ever reaches their own sandbox: it is
 * looked up from the learner's record, never from an id the browser sends.
 */
final class Workbenches {

    private final Session session;
    private final LearnerService learners;
    private final SandboxService sandboxes;

    Workbenches(Session session, LearnerService learners, SandboxService sandboxes) {
        this.session = session;
        this.learners = learners;
        this.sandboxes = sandboxes;
    }

    Optional<Workbench> find(Context ctx) {
        Optional<Learner> learner = session.learner(ctx);
        if (learner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Sandbox> sandbox = learners.currentSandbox(learner.get().id()).flatMap(sandboxes::find)
                .filter(s -> s.ownerId().equals(learner.get().id()));
        return sandbox.map(s -> new Workbench(learner.get(), s));
    }

    /** The workbench, or 401 for API calls (pages redirect home instead). */
    Workbench require(Context ctx) {
        return find(ctx).orElseThrow(() -> new WebException(401, "error.no_session"));
    }

    /** A fresh sandbox for the learner ("reset sandbox"); the old one is deleted, its history stays. */
    Workbench reset(Workbench old) {
        dev.rbaclab.cluster.server.ServerVersion version;
        try {
            version = dev.rbaclab.cluster.server.ServerVersion.parse(old.sandbox().serverVersion());
        } catch (IllegalArgumentException e) {
            version = null;
        }
        Sandbox sandbox = sandboxes.find(sandboxes.create(old.learner().id(), version).id()).orElseThrow();
        learners.setCurrentSandbox(old.learner().id(), sandbox.id());
        sandboxes.delete(old.sandbox().id());
        return new Workbench(old.learner(), sandbox);
    }

    /** A learner's first sandbox. */
    Workbench start(Context ctx, String locale) {
        Learner learner = session.learnerOrRegister(ctx, locale);
        Sandbox sandbox = sandboxes.find(sandboxes.create(learner.id(), null).id()).orElseThrow();
        learners.setCurrentSandbox(learner.id(), sandbox.id());
        return new Workbench(learner, sandbox);
    }
}
