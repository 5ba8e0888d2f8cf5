package dev.rbaclab.learners;

import dev.rbaclab.cluster.sandbox.Tokens;

import java.time.Clock;
import java.util.Optional;

/** Creating learners and recognising them by their credential. */
public final class LearnerService {

    private final LearnerRepository learners;
    private final Clock clock;

    public LearnerService(LearnerRepository learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    /** A new anonymous learner and the credential that proves it (shown once: as a cookie and a resume link). */
    public Registered register(String displayName, String locale) {
        Learner learner = new Learner(Tokens.id(16), displayName, locale, clock.instant());
        LearnerCredential credential = new LearnerCredential(learner.id(), Tokens.bearer());
        learners.insert(learner, credential);
        return new Registered(learner, credential);
    }

    public Optional<Learner> authenticate(LearnerCredential credential) {
        return learners.authenticate(credential);
    }

    public java.util.Optional<String> currentSandbox(String learnerId) {
        return learners.currentSandbox(learnerId);
    }

    public void setCurrentSandbox(String learnerId, String sandboxId) {
        learners.setCurrentSandbox(learnerId, sandboxId);
    }

    public void setLocale(String learnerId, String locale) {
        learners.updateLocale(learnerId, locale);
    }

    public void setDisplayName(String learnerId, String name) {
        learners.updateDisplayName(learnerId, name);
    }

    /** A learner with their credential. */
    public record Registered(Learner learner, LearnerCredential credential) {
    }
}
