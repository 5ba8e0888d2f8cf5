package dev.rbaclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner never reaches another learner's sandbox or history: not through any route of the web UI, not with a
 * guessed or leaked id, and not from their console (kubectl --server, curl to another /clusters/ path).
 */
class LearnerIsolationTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    private static final Pattern SANDBOX = Pattern.compile("/api/sandboxes/([a-z0-9]+)/kubeconfig");

    static WebClient alice;
    static WebClient bob;
    static String aliceSandbox;
    static long aliceRequest;

    @BeforeAll
    static void twoLearners() {
        alice = new WebClient(lab.get().webUrl()).start();
        bob = new WebClient(lab.get().webUrl()).start();
        JsonNode reply = alice.run("kubectl create serviceaccount alices-secret-sa");
        aliceRequest = reply.path("requests").get(0).path("id").asLong();
        aliceSandbox = sandboxOf(alice);
    }

    static String sandboxOf(WebClient learner) {
        Matcher matcher = SANDBOX.matcher(learner.get("/kubectl").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void learnersHaveTheirOwnSandboxes() {
        assertThat(sandboxOf(bob)).isNotEqualTo(aliceSandbox);
    }

    @Test
    void anotherLearnersRequestIsNotFound() {
        assertThat(alice.get("/api/requests/" + aliceRequest).code()).isEqualTo(200);
        assertThat(bob.get("/api/requests/" + aliceRequest).code()).isEqualTo(404);
        for (long guess = Math.max(1, aliceRequest - 5); guess < aliceRequest + 5; guess++) {
            WebClient.Response response = bob.get("/api/requests/" + guess);
            assertThat(response.body()).doesNotContain("alices-secret-sa");
        }
    }

    @Test
    void historyAndClusterPanelShowOnlyYourOwn() {
        assertThat(alice.get("/api/console/history").body()).contains("alices-secret-sa");
        assertThat(bob.get("/api/console/history").body()).doesNotContain("alices-secret-sa");
        assertThat(bob.get("/api/cluster").body()).doesNotContain("alices-secret-sa");
        assertThat(bob.get("/api/console/complete?line=" + enc("kubectl get sa ")).body())
                .doesNotContain("alices-secret-sa");
    }

    @Test
    void theSandboxApiRefusesAnotherLearner() {
        String base = "/api/sandboxes/" + aliceSandbox;
        assertThat(bob.get(base + "/kubeconfig").code()).isIn(403, 404);
        assertThat(bob.get(base + "/audit").code()).isIn(403, 404);
        assertThat(bob.get(base + "/users").code()).isIn(403, 404);
        assertThat(bob.postJson(base + "/users", "{\"name\":\"mallory\"}").code()).isIn(403, 404);
        WebClient.Response deleted = bob.send(HttpRequest.newBuilder(URI.create(lab.get().webUrl() + base))
                .header("X-CSRF-Token", bob.csrf()).DELETE());
        assertThat(deleted.code()).isIn(403, 404);
        assertThat(alice.get(base + "/kubeconfig").code()).isEqualTo(200);
    }

    @Test
    void theConsoleReachesOnlyItsOwnSandbox() {
        String other = "https://127.0.0.1:" + lab.get().apiPort() + "/clusters/" + aliceSandbox;
        JsonNode viaKubectl = bob.run("kubectl --server " + other + " get serviceaccounts");
        assertThat(viaKubectl.path("stdout").asText() + viaKubectl.path("stderr").asText())
                .doesNotContain("alices-secret-sa");
        assertThat(viaKubectl.path("exitCode").asInt()).isNotZero();
        JsonNode viaCurl = bob.run("curl -sk " + other + "/api/v1/namespaces/default/serviceaccounts");
        assertThat(viaCurl.path("stdout").asText()).doesNotContain("alices-secret-sa").contains("404");
        for (JsonNode request : viaKubectl.path("requests")) {
            assertThat(bob.get("/api/requests/" + request.path("id").asLong()).body()).doesNotContain(aliceSandbox);
        }
    }

    @Test
    void withoutASessionTheApiSaysSo() {
        WebClient stranger = new WebClient(lab.get().webUrl());
        assertThat(stranger.get("/api/console/history").code()).isEqualTo(401);
        assertThat(stranger.get("/api/requests/" + aliceRequest).code()).isEqualTo(401);
        assertThat(stranger.get("/chapter").code()).isEqualTo(302);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
