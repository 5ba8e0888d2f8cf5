package dev.rbaclab.robust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import dev.rbaclab.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile command lines typed into the browser console as learners (seeded: {@code -Drobust.fuzz.seed=},
 * budget: {@code -Drobust.fuzz.commands=}). Each gets a console reply or a refusal as a Status (never a 5xx) in
 * time; the learner's history, cluster panel and "why" panels still render afterwards; no threads stay behind.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ConsoleFuzzTest {

    /** Commands per learner, with the three that prepare: within one learner's burst, so none is rate limited. */
    private static final int PER_LEARNER = WebServer.COMMAND_BURST - 5;

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @Test
    void hostileCommandsGetAnAnswerAndLeaveNothingBehind() throws Exception {
        Random random = new Random(Fuzz.SEED);
        FuzzCommands commands = new FuzzCommands(random);
        WebClient warmUp = new WebClient(lab.get().webUrl()).start();
        for (int i = 0; i < 5; i++) {
            send(warmUp, commands.next());
        }
        LiveThreads.Snapshot threadsBefore = LiveThreads.snapshot();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> codes = new TreeMap<>();
        List<WebClient> learners = new ArrayList<>();
        List<Long> requestIds = new ArrayList<>();
        // for the report only (no assertion on time): the slowest commands, by milliseconds
        java.util.NavigableMap<Long, String> slowest = new java.util.TreeMap<>();
        for (int i = 0; i < Fuzz.COMMANDS; i++) {
            if (i % PER_LEARNER == 0) {
                learners.add(new WebClient(lab.get().webUrl()).start());
                prepare(learners.get(learners.size() - 1), random);
            }
            WebClient learner = learners.get(learners.size() - 1);
            String command = commands.next();
            WebClient.Response response;
            long started = System.nanoTime();
            try {
                response = send(learner, command);
                slowest.put((System.nanoTime() - started) / 1_000_000 * 1000 + i, abbreviate(command));
            } catch (UncheckedIOException timedOut) {
                failures.add("#" + i + " no answer in time: " + abbreviate(command));
                continue;
            }
            codes.merge(response.code(), 1, Integer::sum);
            String problem = problem(response);
            if (problem != null) {
                failures.add("#" + i + " " + problem + "\n    command: " + abbreviate(command) + "\n    answer: "
                        + response.code() + " " + abbreviate(response.body()));
            } else if (response.code() == 200) {
                response.json().path("requests").forEach(request -> requestIds.add(request.path("id").asLong()));
            }
        }
        System.out.println("console fuzz, seed " + Fuzz.SEED + ", " + Fuzz.COMMANDS + " commands: " + codes);
        slowest.descendingMap().entrySet().stream().limit(5)
                .forEach(slow -> System.out.println("  " + slow.getKey() / 1000 + " ms: " + slow.getValue()));

        assertThat(failures).as("seed %d: commands answered badly", Fuzz.SEED).isEmpty();
        WebClient last = learners.get(learners.size() - 1);
        for (String path : List.of("/api/console/history", "/api/cluster", "/chapter", "/kubectl")) {
            assertThat(last.get(path).code()).as(path + " after the fuzzing").isEqualTo(200);
        }
        for (int i = 0; i < Math.min(5, requestIds.size()); i++) {
            long id = requestIds.get(requestIds.size() - 1 - i);
            assertThat(last.get("/api/requests/" + id).code()).as("why panel %d", id).isIn(200, 404);
        }
        threadsBefore.assertNoLeak();
    }

    private static WebClient.Response send(WebClient learner, String command) {
        return learner.postJson("/api/console", Json.write(Json.object().put("input", command)));
    }

    /**
     * Objects the generated commands name (a pod to exec into and read logs of, a ConfigMap, a ServiceAccount), and a
     * manifest for the commands that read one: sometimes sound, sometimes hostile. Three commands of the burst.
     */
    private static void prepare(WebClient learner, Random random) {
        for (String command : List.of("kubectl run p1 --image=nginx", "kubectl create configmap cm1 --from-literal=a=b",
                "kubectl create serviceaccount sa1")) {
            assertThat(learner.run(command).path("exitCode").asInt()).as(command).isZero();
        }
        String content = switch (random.nextInt(4)) {
            case 0 -> Hostile.billionLaughs();
            case 1 -> Hostile.deepYaml(5000);
            case 2 -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fuzz\ndata:\n  a: b\n---\nkind: List\nitems: [1]\n";
            default -> Fuzz.text(random, 500);
        };
        WebClient.Response saved = learner.postJson("/api/console/files",
                Json.write(Json.object().put("name", "manifest.yaml").put("content", content)));
        assertThat(saved.code()).as(saved.body()).isIn(200, 400);
    }

    /** What is wrong with the console's answer, or null. */
    private static String problem(WebClient.Response response) {
        if (response.code() >= 500) {
            return "a 5xx";
        }
        JsonNode body;
        try {
            body = response.json();
        } catch (IllegalArgumentException e) {
            return "an answer that is not JSON";
        }
        if (response.code() == 200) {
            return body.path("exitCode").isInt() && body.path("stdout").isTextual() && body.path("stderr").isTextual()
                    ? null : "a reply without exitCode, stdout and stderr";
        }
        return body.path("kind").asText().equals("Status") && body.path("code").asInt() == response.code()
                && !body.path("message").asText().isBlank() ? null : "a refusal that is not a Status";
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
