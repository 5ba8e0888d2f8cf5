package dev.rbaclab.web;

import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Reset sandbox": the same learner gets a fresh cluster — what they made is gone, the old sandbox no longer answers,
 * the step being worked on gets its setup again, and their progress stays.
 */
class ResetSandboxTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    private static String sandboxOf(WebClient learner) {
        Matcher matcher = Pattern.compile("/api/sandboxes/([a-z0-9]+)/kubeconfig").matcher(learner.get("/kubectl").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aResetGivesAFreshClusterAndKeepsProgress() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        learner.run("kubectl create serviceaccount foo");
        assertThat(learner.postJson("/api/lessons/player-basics/steps/create-sa/check", "{}").body()).contains("10 / 10");
        String before = sandboxOf(learner);

        WebClient.Response reset = learner.postFormWithCsrf("/reset", "lesson=player-basics&step=create-sa");
        assertThat(reset.code()).isEqualTo(303);
        assertThat(reset.header("Location")).isEqualTo("/lessons/player-basics/create-sa");

        String after = sandboxOf(learner);
        assertThat(after).isNotEqualTo(before);
        // the console starts empty on the new cluster; the old commands stay stored for the instructor
        assertThat(learner.get("/api/console/history").json().path("entries").size()).isZero();
        assertThat(learner.run("kubectl get serviceaccount foo").path("stderr").asText())
                .contains("serviceaccounts \"foo\" not found");
        assertThat(learner.get("/api/sandboxes/" + before + "/kubeconfig").code()).isEqualTo(404);
        assertThat(learner.get("/chapter").body()).contains("1 of 2 steps done");
    }
}
