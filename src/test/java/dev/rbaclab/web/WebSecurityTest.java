package dev.rbaclab.web;

import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's defences: a state-changing request without the CSRF token (or from another site) is refused and
 * changes nothing; cookies are HttpOnly and SameSite; every page has a CSP without inline script; commands are
 * rate-limited per learner with 429 and Retry-After; request bodies are bounded.
 */
class WebSecurityTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(lab.get().webUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String command(String text) {
        return Json.write(Json.object().put("input", text));
    }

    @Test
    void aCommandWithoutTheCsrfTokenIsRefusedAndNotRun() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        WebClient.Response missing = learner.send(post("/api/console", command("kubectl create namespace forged")));
        assertThat(missing.code()).isEqualTo(403);
        assertThat(missing.json().path("error").asText()).isEqualTo("error.csrf");
        WebClient.Response wrong = learner.send(post("/api/console", command("kubectl create namespace forged"))
                .header("X-CSRF-Token", "0".repeat(64)));
        assertThat(wrong.code()).isEqualTo(403);
        assertThat(learner.get("/api/console/history").body()).doesNotContain("forged");
        assertThat(learner.run("kubectl get namespace forged").path("exitCode").asInt()).isEqualTo(1);
    }

    @Test
    void aRequestFromAnotherSiteIsRefusedEvenWithTheToken() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        WebClient.Response crossOrigin = learner.send(post("/api/console", command("kubectl get ns"))
                .header("X-CSRF-Token", learner.csrf()).header("Origin", "https://evil.example"));
        assertThat(crossOrigin.code()).isEqualTo(403);
        WebClient.Response crossSite = learner.send(post("/api/console", command("kubectl get ns"))
                .header("X-CSRF-Token", learner.csrf()).header("Sec-Fetch-Site", "cross-site"));
        assertThat(crossSite.code()).isEqualTo(403);
        WebClient.Response sameOrigin = learner.send(post("/api/console", command("kubectl get ns"))
                .header("X-CSRF-Token", learner.csrf()).header("Origin", lab.get().webUrl())
                .header("Sec-Fetch-Site", "same-origin"));
        assertThat(sameOrigin.code()).isEqualTo(200);
    }

    @Test
    void formsNeedTheTokenToo() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        assertThat(learner.postForm("/reset", "").code()).isEqualTo(403);
        assertThat(learner.postForm("/lang/ko", "back=/chapter").code()).isEqualTo(403);
        assertThat(learner.postForm("/reset", "_csrf=" + learner.csrf()).code()).isEqualTo(303);
    }

    @Test
    void theLearnerCookieIsHttpOnlyAndSameSite() {
        WebClient learner = new WebClient(lab.get().webUrl());
        WebClient.Response started = learner.postForm("/start", "");
        String cookie = started.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("rbaclab_learner=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicy() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        for (String path : new String[] {"/", "/chapter", "/lessons/player-basics/create-sa", "/kubectl", "/tokens"}) {
            WebClient.Response page = learner.get(path);
            assertThat(page.code()).as(path).isEqualTo(200);
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void commandsAreRateLimitedPerLearner() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        WebClient.Response limited = null;
        for (int i = 0; i < WebServer.COMMAND_BURST + 20 && limited == null; i++) {
            WebClient.Response response = learner.postJson("/api/console", command("echo " + i));
            if (response.code() == 429) {
                limited = response;
            } else {
                assertThat(response.code()).isEqualTo(200);
            }
        }
        assertThat(limited).as("no 429 within the burst plus 20").isNotNull();
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        // another learner (same IP) is not slowed down
        WebClient other = new WebClient(lab.get().webUrl()).start();
        assertThat(other.postJson("/api/console", command("echo hi")).code()).isEqualTo(200);
    }

    @Test
    void oversizedInputIsRefusedWith413() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        String big = "echo " + "x".repeat(PlayerApi.MAX_INPUT_CHARS);
        assertThat(learner.postJson("/api/console", command(big)).code()).isEqualTo(413);
        String huge = "x".repeat((int) WebServer.MAX_BODY_BYTES + 10);
        assertThat(learner.postJson("/api/console/files", "{\"name\":\"a\",\"content\":\"" + huge + "\"}").code())
                .isEqualTo(413);
    }

    @Test
    void whatALearnerTypedIsEscapedInTheWhyPanel() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        var reply = learner.run("kubectl get serviceaccount '<script>alert(1)<script>'");
        long id = reply.path("requests").get(reply.path("requests").size() - 1).path("id").asLong();
        WebClient.Response why = learner.get("/api/requests/" + id);
        assertThat(why.code()).isEqualTo(200);
        assertThat(why.body()).contains("&lt;script&gt;alert(1)&lt;script&gt;").doesNotContain("<script>");
    }
}
