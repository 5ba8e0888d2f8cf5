package dev.rbaclab.robust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.server.http.ApiHttpServer;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile requests to the Kubernetes API port (seeded: {@code -Drobust.fuzz.seed=}, budget:
 * {@code -Drobust.fuzz.requests=}). Every request gets an answer within {@link RawHttps#TIMEOUT_MILLIS}; no answer is
 * a 5xx except the plain-text 500s the real API server gives on purpose (responsewriters.InternalError); every error
 * is a Kubernetes Status whose code is the HTTP status; and the server keeps no thread per request afterwards.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ApiFuzzTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void hostileRequestsGetAClearStatusAndLeaveNothingBehind() throws Exception {
        SandboxCreated sandbox = lab.get().newSandbox();
        seedObjects(lab.get().api(sandbox));
        RawHttps http = new RawHttps(ApiClient.trusting(lab.get().lab().config().dataDir().resolve("ca.crt")),
                lab.get().apiPort());
        Random random = new Random(Fuzz.SEED);
        FuzzRequests requests = new FuzzRequests(random, new FuzzBodies(random, ApiHttpServer.MAX_BODY_BYTES),
                sandbox.id(), sandbox.token());

        // warm up, so that the threads pools keep are there before counting
        for (int i = 0; i < 20; i++) {
            FuzzRequests.Request request = requests.next(lab.get().apiPort());
            http.exchange(request.head(), request.body());
        }
        LiveThreads.Snapshot threadsBefore = LiveThreads.snapshot();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> codes = new TreeMap<>();
        for (int i = 0; i < Fuzz.API_REQUESTS; i++) {
            FuzzRequests.Request request = requests.next(lab.get().apiPort());
            if (random.nextInt(25) == 0 && request.body().length > 10) {
                // announce a body, send part of it, and go away
                http.abandon(request.head(), java.util.Arrays.copyOf(request.body(), request.body().length / 2));
                continue;
            }
            RawHttps.Response response;
            try {
                response = http.exchange(request.head(), request.body());
            } catch (RawHttps.Hung hung) {
                failures.add("#" + i + " no answer in time\n    request: " + abbreviate(request.description(), 400));
                continue;
            }
            codes.merge(response.code(), 1, Integer::sum);
            String problem = problem(request, response);
            if (problem != null) {
                failures.add("#" + i + " " + problem + "\n    request: " + abbreviate(request.description(), 400)
                        + "\n    answer: " + response.code() + " " + response.header("Content-Type") + " "
                        + abbreviate(response.text(), 300));
            }
        }
        System.out.println("API fuzz, seed " + Fuzz.SEED + ", " + Fuzz.API_REQUESTS + " requests: " + codes);

        assertThat(failures).as("seed %d: requests answered badly", Fuzz.SEED).isEmpty();
        assertThat(lab.get().api(sandbox).get("/api/v1/namespaces/default/configmaps/cm1").code())
                .as("the lab still answers").isEqualTo(200);
        threadsBefore.assertNoLeak();
    }

    /** What is wrong with an answer, or null. */
    private static String problem(FuzzRequests.Request request, RawHttps.Response response) {
        if (response.code() < 0) {
            return "no HTTP answer";
        }
        String contentType = String.valueOf(response.header("Content-Type"));
        // only responsewriters.InternalError answers text (a HEAD gets its headers only); any other 500 is a Status
        boolean deliberate500 = response.code() == 500 && contentType.startsWith("text/plain")
                && (request.method().equals("HEAD") || response.text().startsWith("Internal Server Error: "));
        if (response.code() >= 500 && !deliberate500) {
            return "a 5xx";
        }
        if (response.code() < 400 || request.method().equals("HEAD") || deliberate500) {
            return null;
        }
        if (contentType.startsWith("application/json")) {
            JsonNode status;
            try {
                status = Json.parse(response.text());
            } catch (IllegalArgumentException e) {
                return "an error body that is not JSON";
            }
            if (!status.path("kind").asText().equals("Status") || status.path("code").asInt() != response.code()
                    || status.path("message").asText().isBlank()) {
                return "an error that is not a Status with the HTTP code and a message";
            }
            return null;
        }
        if (contentType.startsWith("application/vnd.kubernetes.protobuf")) {
            return ProtobufStatus.code(response.body()) == response.code() ? null : "a protobuf error that is not a Status with the HTTP code";
        }
        return "an error that is not a Kubernetes Status";
    }

    private static void seedObjects(ApiClient api) {
        assertThat(api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"cm1\"},\"data\":{\"a\":\"b\"}}").code()).isEqualTo(201);
        assertThat(api.post("/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"sa1\"}}").code()).isEqualTo(201);
        assertThat(api.post("/api/v1/namespaces/default/pods", "{\"metadata\":{\"name\":\"p1\"},\"spec\":{\"containers\":"
                + "[{\"name\":\"main\",\"image\":\"nginx\"}]}}").code()).isEqualTo(201);
    }

    private static String abbreviate(String text, int length) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() > length ? oneLine.substring(0, length) + "..." : oneLine;
    }
}
