package dev.rbaclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.TestLab;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's sandbox, console history, console kubeconfig and saved files survive a restart of the lab, and the
 * resume link opens the same learner on another device.
 */
class SessionSurvivesRestartTest {

    @TempDir
    Path directory;

    @Test
    void everythingIsThereAfterARestartAndOnAnotherDevice() {
        String resumeLink;
        WebClient learner;
        TestLab first = TestLab.startIn(directory, LabExtension.FIXTURE_LESSONS);
        try {
            TestLab lab = first;
            learner = new WebClient(lab.webUrl()).start();
            learner.run("kubectl create serviceaccount survivor");
            learner.postJson("/api/console/files", Json.write(Json.object().put("name", "notes.yaml")
                    .put("content", "kind: Note\n")));
            learner.run("cd /tmp");
            resumeLink = resumeLink(learner.get("/chapter").body());
        } finally {
            first.stopKeepingFiles();
        }
        try (TestLab lab = TestLab.startIn(directory, LabExtension.FIXTURE_LESSONS)) {
            WebClient sameBrowser = learner.rebase(lab.webUrl());
            sameBrowser.refreshCsrf();
            WebClient.Response history = sameBrowser.get("/api/console/history");
            assertThat(history.code()).as(history.body()).isEqualTo(200);
            assertThat(history.json().path("entries").toString())
                    .contains("kubectl create serviceaccount survivor");
            assertThat(sameBrowser.run("kubectl get sa survivor -o name").path("stdout").asText())
                    .isEqualTo("serviceaccount/survivor\n");
            assertThat(sameBrowser.run("cat ~/notes.yaml").path("stdout").asText()).isEqualTo("kind: Note\n");
            assertThat(sameBrowser.run("pwd").path("stdout").asText()).isEqualTo("/tmp\n");

            // another device: the resume code from the link's fragment
            WebClient otherDevice = new WebClient(lab.webUrl());
            String code = resumeLink.substring(resumeLink.indexOf('#') + 1);
            assertThat(otherDevice.postForm("/resume", "code=" + code).code()).isEqualTo(303);
            otherDevice.refreshCsrf();
            JsonNode otherHistory = otherDevice.get("/api/console/history").json();
            assertThat(otherHistory.path("entries").toString()).contains("survivor");
            assertThat(new WebClient(lab.webUrl()).postForm("/resume", "code=nobody.secret").code()).isEqualTo(404);
        }
    }

    private static String resumeLink(String page) {
        Matcher matcher = Pattern.compile("id=\"resume-link\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!matcher.find()) {
            Matcher reversed = Pattern.compile("value=\"([^\"]+/resume#[^\"]+)\"").matcher(page);
            assertThat(reversed.find()).as("resume link on the chapter page").isTrue();
            return reversed.group(1);
        }
        return matcher.group(1);
    }
}
