package dev.rbaclab.robust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.admission.SandboxQuota;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox holds at most {@link SandboxQuota#MAX_OBJECTS} objects of its own. The next create is refused as a
 * ResourceQuota refuses (403 Forbidden, "exceeded quota: ..."), over the API and in the console, and the "why" panel
 * says so in the learner's language; deleting an object makes room again.
 */
class SandboxQuotaTest {

    private static final Pattern SANDBOX_ID = Pattern.compile("/api/sandboxes/([a-z0-9]+)/kubeconfig");
    private static final String FULL = "exceeded quota: sandbox-objects, requested: count/objects=1, used: "
            + "count/objects=" + SandboxQuota.MAX_OBJECTS + ", limited: count/objects=" + SandboxQuota.MAX_OBJECTS;

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @Test
    void aFullSandboxRefusesNewObjectsLikeAResourceQuota() throws Exception {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        String sandboxId = sandboxIdOf(learner);
        ApiClient api = adminClientOf(learner, sandboxId);
        fill(api, SandboxQuota.MAX_OBJECTS - (int) storedObjects(sandboxId));
        assertThat(storedObjects(sandboxId)).isEqualTo(SandboxQuota.MAX_OBJECTS);

        ApiClient.Response refused = api.post("/api/v1/namespaces/default/configmaps", configMap("one-too-many"));
        assertThat(refused.code()).as(refused.body()).isEqualTo(403);
        JsonNode status = refused.json();
        assertThat(status.path("kind").asText()).isEqualTo("Status");
        assertThat(status.path("reason").asText()).isEqualTo("Forbidden");
        assertThat(status.path("code").asInt()).isEqualTo(403);
        assertThat(status.path("message").asText())
                .isEqualTo("configmaps \"one-too-many\" is forbidden: " + FULL);

        JsonNode reply = learner.run("kubectl create serviceaccount late");
        assertThat(reply.path("exitCode").asInt()).isEqualTo(1);
        assertThat(reply.path("stderr").asText()).contains("serviceaccounts \"late\" is forbidden: " + FULL);
        long requestId = reply.path("requests").get(reply.path("requests").size() - 1).path("id").asLong();
        assertThat(why(learner, requestId, "en")).contains("Sandbox quota: this sandbox already stores "
                + SandboxQuota.MAX_OBJECTS + " objects");
        assertThat(why(learner, requestId, "ko")).contains("샌드박스 쿼터: 이 샌드박스에는 이미 오브젝트가 "
                + SandboxQuota.MAX_OBJECTS + "개");

        assertThat(api.delete("/api/v1/namespaces/default/configmaps/filler-0").code()).isEqualTo(200);
        assertThat(api.post("/api/v1/namespaces/default/configmaps", configMap("room-again")).code()).isEqualTo(201);
    }

    private static String sandboxIdOf(WebClient learner) {
        Matcher id = SANDBOX_ID.matcher(learner.get("/kubectl").body());
        assertThat(id.find()).as("the kubectl page links the kubeconfig").isTrue();
        return id.group(1);
    }

    /** The learner's own sandbox as its admin, through the kubeconfig the kubectl page offers for download. */
    private static ApiClient adminClientOf(WebClient learner, String sandboxId) throws java.io.IOException {
        JsonNode kubeconfig = Json.YAML.readTree(learner.get("/api/sandboxes/" + sandboxId + "/kubeconfig").body());
        return new ApiClient(kubeconfig.path("clusters").get(0).path("cluster").path("server").asText(),
                kubeconfig.path("users").get(0).path("user").path("token").asText(),
                lab.get().lab().config().dataDir().resolve("ca.crt"));
    }

    /** What the sandbox stores itself: a learner's fresh sandbox may already hold its lesson's setup. */
    private static long storedObjects(String sandboxId) {
        return lab.get().lab().database().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM objects WHERE sandbox_id = :sandbox AND tombstone = FALSE")
                .bind("sandbox", sandboxId)
                .mapTo(Long.class)
                .one());
    }

    private static void fill(ApiClient api, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "filler-" + i;
                created.add(clients.submit(() -> api.post("/api/v1/namespaces/default/configmaps", configMap(name)).code()));
            }
            for (Future<Integer> code : created) {
                assertThat(code.get()).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static String why(WebClient learner, long requestId, String language) {
        WebClient.Response why = learner.send(HttpRequest.newBuilder(URI.create(lab.get().webUrl() + "/api/requests/" + requestId))
                .header("Accept-Language", language).GET());
        assertThat(why.code()).isEqualTo(200);
        return why.body();
    }

    private static String configMap(String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\"}}";
    }
}
