package dev.rbaclab.cluster.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Conflicts, no-op writes, generateName, namespace lifecycle and what DELETE answers. */
class ObjectSemanticsHttpTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void anUpdateWithAStaleResourceVersionIs409Conflict() {
        ApiClient api = lab.newAdminClient();
        JsonNode created = api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"c\"}}").json();
        ObjectNode first = created.deepCopy();
        first.putObject("data").put("k", "1");
        assertThat(api.put("/api/v1/namespaces/default/configmaps/c", Json.write(first)).code()).isEqualTo(200);
        ObjectNode stale = created.deepCopy();
        stale.putObject("data").put("k", "2");
        ApiClient.Response conflict = api.put("/api/v1/namespaces/default/configmaps/c", Json.write(stale));
        assertThat(conflict.code()).isEqualTo(409);
        assertThat(conflict.json().path("reason").asText()).isEqualTo("Conflict");
        assertThat(conflict.json().path("message").asText()).isEqualTo("Operation cannot be fulfilled on configmaps \"c\": "
                + "the object has been modified; please apply your changes to the latest version and try again");
    }

    @Test
    void concurrentUpdatesFromTheSameVersionLetExactlyOneWin() throws Exception {
        ApiClient api = lab.newAdminClient();
        JsonNode created = api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"race\"}}").json();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ObjectNode attempt = created.deepCopy();
            attempt.putObject("data").put("writer", Integer.toString(i));
            results.add(pool.submit(() -> api.put("/api/v1/namespaces/default/configmaps/race", Json.write(attempt)).code()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(7);
    }

    @Test
    void aPatchThatChangesNothingKeepsTheResourceVersion() {
        ApiClient api = lab.newAdminClient();
        JsonNode created = api.post("/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"same\",\"labels\":{\"a\":\"b\"}}}").json();
        ApiClient.Response patched = api.patch("/api/v1/namespaces/default/serviceaccounts/same",
                "application/strategic-merge-patch+json", "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}");
        assertThat(patched.code()).isEqualTo(200);
        assertThat(patched.json().path("metadata").path("resourceVersion")).isEqualTo(created.path("metadata").path("resourceVersion"));
    }

    @Test
    void removingTheLastLabelLeavesNoEmptyMapBehind() {
        ApiClient api = lab.newAdminClient();
        String sa = "/api/v1/namespaces/default/serviceaccounts/default";
        api.patch(sa, "application/merge-patch+json", "{\"metadata\":{\"labels\":{\"a\":\"b\"},\"annotations\":{\"c\":\"d\"}}}");
        JsonNode unlabeled = api.patch(sa, "application/merge-patch+json",
                "{\"metadata\":{\"labels\":{\"a\":null},\"annotations\":{\"c\":null}}}").json();
        // ObjectMeta's maps are omitempty: kubectl get -o yaml on a real server shows no labels: {} afterwards
        assertThat(unlabeled.path("metadata").has("labels")).isFalse();
        assertThat(unlabeled.path("metadata").has("annotations")).isFalse();
    }

    @Test
    void emptyListsAreNotStoredAndAddingOneChangesNothing() {
        ApiClient api = lab.newAdminClient();
        JsonNode created = api.post("/api/v1/namespaces/default/serviceaccounts",
                "{\"metadata\":{\"name\":\"empty\",\"finalizers\":[]},\"secrets\":[],\"imagePullSecrets\":[]}").json();
        assertThat(created.has("secrets")).isFalse();
        assertThat(created.has("imagePullSecrets")).isFalse();
        assertThat(created.path("metadata").has("finalizers")).isFalse();
        ApiClient.Response patched = api.patch("/api/v1/namespaces/default/serviceaccounts/empty", "application/json-patch+json",
                "[{\"op\":\"add\",\"path\":\"/secrets\",\"value\":[]}]");
        // the patched object equals the stored one, so nothing is written (kubectl: "patched (no change)")
        assertThat(patched.json().path("metadata").path("resourceVersion")).isEqualTo(created.path("metadata").path("resourceVersion"));
        JsonNode binding = api.post("/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings",
                "{\"metadata\":{\"name\":\"nobody\"},\"subjects\":[],\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\","
                        + "\"kind\":\"ClusterRole\",\"name\":\"view\"}}").json();
        assertThat(binding.has("subjects")).isFalse();
        // Role.rules is not omitempty, and protobuf storage turns an empty list into none: it reads back as null
        JsonNode role = api.post("/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles",
                "{\"metadata\":{\"name\":\"nothing\"},\"rules\":[]}").json();
        assertThat(role.get("rules").isNull()).isTrue();
        JsonNode secret = api.post("/api/v1/namespaces/default/secrets", "{\"metadata\":{\"name\":\"blank\"},\"data\":{}}").json();
        assertThat(secret.has("data")).isFalse();
    }

    @Test
    void resourceVersionsStrictlyIncreaseAcrossKinds() {
        ApiClient api = lab.newAdminClient();
        long previous = 0;
        for (int i = 0; i < 5; i++) {
            long rv = api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"cm" + i + "\"}}")
                    .json().path("metadata").path("resourceVersion").asLong();
            long sa = api.post("/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"sa" + i + "\"}}")
                    .json().path("metadata").path("resourceVersion").asLong();
            assertThat(rv).isGreaterThan(previous);
            assertThat(sa).isGreaterThan(rv);
            previous = sa;
        }
    }

    @Test
    void generateNameGetsFiveRandomCharacters() {
        JsonNode created = lab.newAdminClient().post("/api/v1/namespaces/default/configmaps",
                "{\"metadata\":{\"generateName\":\"web-\"}}").json();
        assertThat(created.path("metadata").path("name").asText()).matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}");
    }

    @Test
    void creatingANamespaceGivesItADefaultServiceAccountAndTheRootCa() {
        ApiClient api = lab.newAdminClient();
        JsonNode ns = api.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"foo\"}}").json();
        assertThat(ns.path("status").path("phase").asText()).isEqualTo("Active");
        assertThat(ns.path("metadata").path("labels").path("kubernetes.io/metadata.name").asText()).isEqualTo("foo");
        assertThat(ns.path("spec").path("finalizers").get(0).asText()).isEqualTo("kubernetes");
        assertThat(api.get("/api/v1/namespaces/foo/serviceaccounts/default").code()).isEqualTo(200);
        assertThat(api.get("/api/v1/namespaces/foo/configmaps/kube-root-ca.crt").json().path("data").path("ca.crt").asText())
                .startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void deletingANamespaceDeletesWhatIsInIt() {
        ApiClient api = lab.newAdminClient();
        api.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"gone\"}}");
        api.post("/api/v1/namespaces/gone/serviceaccounts", "{\"metadata\":{\"name\":\"x\"}}");
        api.post("/apis/rbac.authorization.k8s.io/v1/namespaces/gone/roles", "{\"metadata\":{\"name\":\"r\"},\"rules\":[]}");
        ApiClient.Response deleted = api.delete("/api/v1/namespaces/gone");
        assertThat(deleted.code()).isEqualTo(200);
        assertThat(deleted.json().path("status").path("phase").asText()).isEqualTo("Terminating");
        assertThat(api.get("/api/v1/namespaces/gone").code()).isEqualTo(404);
        api.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"gone\"}}");
        assertThat(api.get("/api/v1/namespaces/gone/serviceaccounts").json().path("items").findValuesAsText("name"))
                .containsExactly("default");
        assertThat(api.get("/apis/rbac.authorization.k8s.io/v1/namespaces/gone/roles").json().path("items")).isEmpty();
    }

    @Test
    void systemNamespacesMayNotBeDeleted() {
        ApiClient.Response response = lab.newAdminClient().delete("/api/v1/namespaces/kube-system");
        assertThat(response.code()).isEqualTo(403);
        assertThat(response.json().path("message").asText())
                .isEqualTo("namespaces \"kube-system\" is forbidden: this namespace may not be deleted");
    }

    @Test
    void deletingAServiceAccountAnswersASuccessStatus() {
        ApiClient api = lab.newAdminClient();
        String uid = api.post("/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"bye\"}}")
                .json().path("metadata").path("uid").asText();
        String status = api.delete("/api/v1/namespaces/default/serviceaccounts/bye").body();
        assertThat(status).isEqualTo("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"status\":\"Success\",\"details\":{\"name\":\"bye\",\"kind\":\"serviceaccounts\",\"uid\":\"" + uid + "\"}}\n");
    }

    @Test
    void deletingTheDefaultServiceAccountBringsANewOne() {
        ApiClient api = lab.newAdminClient();
        String before = api.get("/api/v1/namespaces/default/serviceaccounts/default").json().path("metadata").path("uid").asText();
        api.delete("/api/v1/namespaces/default/serviceaccounts/default");
        JsonNode after = api.get("/api/v1/namespaces/default/serviceaccounts/default").json();
        assertThat(after.path("metadata").path("uid").asText()).isNotEqualTo(before).hasSize(36);
    }

    @Test
    void aDefaultObjectCanBeChangedAndReadBackInThatSandboxOnly() {
        ApiClient one = lab.newAdminClient();
        ApiClient other = lab.newAdminClient();
        one.patch("/api/v1/namespaces/default/serviceaccounts/default", "application/merge-patch+json",
                "{\"metadata\":{\"labels\":{\"mine\":\"yes\"}}}");
        assertThat(one.get("/api/v1/namespaces/default/serviceaccounts/default").json().path("metadata").path("labels")
                .path("mine").asText()).isEqualTo("yes");
        assertThat(other.get("/api/v1/namespaces/default/serviceaccounts/default").json().path("metadata").has("labels")).isFalse();
    }
}
