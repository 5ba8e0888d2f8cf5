package dev.rbaclab.learners;

import dev.rbaclab.cluster.sandbox.SandboxService;
import dev.rbaclab.cluster.server.ServerVersion;
import dev.rbaclab.cluster.store.Sandbox;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sandbox a learner works in: the first one, the current one (always one the learner owns), and a fresh one on
 * "reset sandbox" — by the learner or an instructor. The old sandbox is deleted; its history stays.
 */
public final class LearnerSandboxes {

    private final LearnerService learners;
    private final SandboxService sandboxes;
    private final Consumer<String> onReset;

    /** @param onReset told the learner id after a reset (the console drops what it held for the old sandbox) */
    public LearnerSandboxes(LearnerService learners, SandboxService sandboxes, Consumer<String> onReset) {
        this.learners = learners;
        this.sandboxes = sandboxes;
        this.onReset = onReset;
    }

    public Optional<Sandbox> current(String learnerId) {
        return learners.currentSandbox(learnerId).flatMap(sandboxes::find).filter(s -> s.ownerId().equals(learnerId));
    }

    /** The learner's sandbox, made now if they have none. */
    public Sandbox start(String learnerId) {
        return current(learnerId).orElseGet(() -> {
            Sandbox sandbox = sandboxes.find(sandboxes.create(learnerId, null).id()).orElseThrow();
            learners.setCurrentSandbox(learnerId, sandbox.id());
            return sandbox;
        });
    }

    public Sandbox reset(String learnerId) {
        Optional<Sandbox> old = current(learnerId);
        ServerVersion version = null;
        if (old.isPresent()) {
            try {
                version = ServerVersion.parse(old.get().serverVersion());
            } catch (IllegalArgumentException e) {
                version = null;
            }
        }
        Sandbox sandbox = sandboxes.find(sandboxes.create(learnerId, version).id()).orElseThrow();
        learners.setCurrentSandbox(learnerId, sandbox.id());
        old.ifPresent(s -> sandboxes.delete(s.id()));
        onReset.accept(learnerId);
        return sandbox;
    }
}
