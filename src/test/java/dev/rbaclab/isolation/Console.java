package dev.rbaclab.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.WebClient;

/**
 * A learner's console, used as the browser does. The lab rate-limits commands per learner; a bigger budget makes an
 * attacker type more than the burst, so a 429 is waited out (Retry-After) rather than counted as anything.
 */
final class Console {

    private Console() {
    }

    /** The command's reply: stdout, stderr, exitCode and the audit ids of its API requests. */
    static JsonNode run(WebClient web, String command) {
        for (int attempt = 0; ; attempt++) {
            WebClient.Response response = web.postJson("/api/console", Json.write(Json.object().put("input", command)));
            if (response.code() == 429 && attempt < 20) {
                sleepSeconds(Integer.parseInt(response.header("Retry-After")));
                continue;
            }
            if (response.code() != 200) {
                throw new IllegalStateException("console answered " + response.code() + " to " + command + ": " + response.body());
            }
            return response.json();
        }
    }

    /** stdout and stderr together, as the learner sees them. */
    static String output(JsonNode reply) {
        return reply.path("stdout").asText("") + reply.path("stderr").asText("");
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(Math.max(1, seconds) * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
