package dev.rbaclab.robust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import dev.rbaclab.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console commands are limited per learner session (a burst of {@link WebServer#COMMAND_BURST}, then
 * {@link WebServer#COMMANDS_PER_SECOND} a second), not per address: a classroom shares one address, and a learner
 * cannot get a fresh allowance by claiming another one in X-Forwarded-For, X-Real-IP or Forwarded.
 */
class ConsoleRateLimitTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @Test
    void learnersBehindOneAddressAreLimitedApartAndForwardedHeadersCannotDodgeIt() throws Exception {
        WebClient ann = new WebClient(lab.get().webUrl()).start();
        WebClient ben = new WebClient(lab.get().webUrl()).start();

        // Ann sends well over her burst at once, each command claiming to come from another client
        List<WebClient.Response> answers = sendAtOnce(ann, WebServer.COMMAND_BURST + 40);
        List<WebClient.Response> limited = answers.stream().filter(r -> r.code() == 429).toList();
        assertThat(answers).extracting(WebClient.Response::code).containsOnly(200, 429);
        assertThat(limited).as("429s although every command claimed another address").isNotEmpty();
        for (WebClient.Response response : limited) {
            long retryAfter = Long.parseLong(response.header("Retry-After"));
            assertThat(retryAfter).isPositive();
            JsonNode status = response.json();
            assertThat(status.path("kind").asText()).isEqualTo("Status");
            assertThat(status.path("code").asInt()).isEqualTo(429);
            assertThat(status.path("reason").asText()).isEqualTo("TooManyRequests");
            assertThat(status.path("details").path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        }

        // Ben, at the same address, still has his whole burst
        List<WebClient.Response> bens = sendAtOnce(ben, WebServer.COMMAND_BURST);
        assertThat(bens).extracting(WebClient.Response::code).containsOnly(200);
    }

    private static List<WebClient.Response> sendAtOnce(WebClient learner, int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<WebClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String address = "10.0." + (i / 250) + "." + (i % 250 + 1);
                sent.add(senders.submit(() -> learner.send(HttpRequest.newBuilder(URI.create(lab.get().webUrl() + "/api/console"))
                        .header("Content-Type", "application/json").header("X-CSRF-Token", learner.csrf())
                        .header("X-Forwarded-For", address).header("X-Real-IP", address)
                        .header("Forwarded", "for=" + address)
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(Json.object().put("input", "echo hi")))))));
            }
            List<WebClient.Response> answers = new ArrayList<>();
            for (Future<WebClient.Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }
}
