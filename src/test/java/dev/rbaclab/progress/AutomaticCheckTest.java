package dev.rbaclab.progress;

import dev.rbaclab.App;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.lessons.Lesson;
import dev.rbaclab.lessons.Step;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check the browser runs after every command ({@code auto}) stores progress only when something changed; a
 * pressed Check always counts (and stores) an attempt.
 */
class AutomaticCheckTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @Test
    void anUnchangedAutomaticCheckWritesNothingAndAChangeIsStored() throws Exception {
        App.Lab app = lab.get().lab();
        String learner = app.learners().register(null, "en").learner().id();
        SandboxCreated sandbox = lab.get().newSandbox();
        Lesson lesson = app.chapter().lesson("player-basics").orElseThrow();
        Step step = lesson.steps().get(0);
        ProgressService progress = app.progress();

        progress.check(learner, sandbox.id(), lesson, step, false);
        StepProgress stored = progress.open(learner, sandbox.id(), lesson, step);
        Thread.sleep(5);
        StepProgress again = progress.check(learner, sandbox.id(), lesson, step, false).progress();
        assertThat(again).isEqualTo(stored);
        assertThat(progress.open(learner, sandbox.id(), lesson, step)).isEqualTo(stored);

        progress.check(learner, sandbox.id(), lesson, step, true);
        StepProgress pressed = progress.open(learner, sandbox.id(), lesson, step);
        assertThat(pressed.attempts()).isEqualTo(stored.attempts() + 1);
        assertThat(pressed.failedChecks()).isEqualTo(stored.failedChecks() + 1);
        assertThat(pressed.updatedAt()).isAfter(stored.updatedAt());

        assertThat(lab.get().api(sandbox).post("/api/v1/namespaces/default/serviceaccounts",
                "{\"metadata\":{\"name\":\"foo\"}}").code()).isEqualTo(201);
        progress.check(learner, sandbox.id(), lesson, step, false);
        StepProgress passed = progress.open(learner, sandbox.id(), lesson, step);
        assertThat(passed.status()).isEqualTo(StepStatus.PASSED);
        assertThat(passed.score()).isEqualTo(10);
        assertThat(passed.attempts()).isEqualTo(pressed.attempts());
    }
}
