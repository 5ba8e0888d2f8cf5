package dev.rbaclab.cluster.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create, get, list, update (PUT), patch and delete for every resource the lab gives kind-specific semantics,
 * through the whole pipeline over HTTPS, checking the object semantics of the API conventions: uid,
 * creationTimestamp, increasing resourceVersions, typed lists.
 */
class CrudHttpTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    static Stream<Arguments> resources() {
        return Stream.of(
                Arguments.of("namespaces", "/api/v1/namespaces", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"crud\"}}"),
                Arguments.of("serviceaccounts", "/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"crud\"}}"),
                Arguments.of("secrets", "/api/v1/namespaces/default/secrets", "{\"metadata\":{\"name\":\"crud\"},\"stringData\":{\"a\":\"b\"}}"),
                Arguments.of("configmaps", "/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"crud\"},\"data\":{\"a\":\"b\"}}"),
                Arguments.of("pods", "/api/v1/namespaces/default/pods", "{\"metadata\":{\"name\":\"crud\"},\"spec\":{\"containers\":[{\"name\":\"main\",\"image\":\"busybox\"}]}}"),
                Arguments.of("services", "/api/v1/namespaces/default/services", "{\"metadata\":{\"name\":\"crud\"},\"spec\":{\"ports\":[{\"port\":80}]}}"),
                Arguments.of("persistentvolumes", "/api/v1/persistentvolumes", "{\"metadata\":{\"name\":\"crud\"},\"spec\":{\"capacity\":{\"storage\":\"1Gi\"},\"accessModes\":[\"ReadWriteOnce\"],\"hostPath\":{\"path\":\"/tmp\"}}}"),
                Arguments.of("nodes", "/api/v1/nodes", "{\"metadata\":{\"name\":\"crud\"}}"),
                Arguments.of("events", "/api/v1/namespaces/default/events", "{\"metadata\":{\"name\":\"crud\"},\"involvedObject\":{\"kind\":\"Pod\",\"name\":\"x\"},\"reason\":\"Test\",\"message\":\"hello\"}"),
                Arguments.of("roles", "/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles", "{\"metadata\":{\"name\":\"crud\"},\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"pods\"],\"verbs\":[\"get\"]}]}"),
                Arguments.of("rolebindings", "/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings", "{\"metadata\":{\"name\":\"crud\"},\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"view\"},\"subjects\":[{\"kind\":\"User\",\"name\":\"alice\"}]}"),
                Arguments.of("clusterroles", "/apis/rbac.authorization.k8s.io/v1/clusterroles", "{\"metadata\":{\"name\":\"crud\"},\"rules\":[{\"nonResourceURLs\":[\"/healthz\"],\"verbs\":[\"get\"]}]}"),
                Arguments.of("clusterrolebindings", "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", "{\"metadata\":{\"name\":\"crud\"},\"roleRef\":{\"kind\":\"ClusterRole\",\"name\":\"view\"},\"subjects\":[{\"kind\":\"Group\",\"name\":\"developers\"}]}"),
                Arguments.of("deployments (generic storage)", "/apis/apps/v1/namespaces/default/deployments", "{\"metadata\":{\"name\":\"crud\"},\"spec\":{\"replicas\":1}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void theWholeLifecycleFollowsTheApiConventions(String resource, String collection, String body) {
        ApiClient api = lab.newAdminClient();
        ApiClient.Response created = api.post(collection, body);
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        JsonNode object = created.json();
        assertThat(object.path("metadata").path("uid").asText()).hasSize(36);
        assertThat(object.path("metadata").path("creationTimestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        long createdVersion = object.path("metadata").path("resourceVersion").asLong();
        assertThat(createdVersion).isPositive();

        String item = collection + "/crud";
        JsonNode got = api.get(item).json();
        assertThat(got.path("metadata").path("uid")).isEqualTo(object.path("metadata").path("uid"));

        JsonNode list = api.get(collection).json();
        assertThat(list.path("kind").asText()).endsWith("List");
        assertThat(list.path("items").findValuesAsText("name")).contains("crud");
        assertThat(list.path("items").get(0).has("kind")).as("typed list items carry no kind").isFalse();

        ObjectNode changed = (ObjectNode) got.deepCopy();
        ((ObjectNode) changed.path("metadata")).putObject("labels").put("step", "put");
        ApiClient.Response updated = api.put(item, Json.write(changed));
        assertThat(updated.code()).as(updated.body()).isEqualTo(200);
        long updatedVersion = updated.json().path("metadata").path("resourceVersion").asLong();
        assertThat(updatedVersion).isGreaterThan(createdVersion);

        ApiClient.Response patched = api.patch(item, "application/merge-patch+json", "{\"metadata\":{\"labels\":{\"step\":\"patch\"}}}");
        assertThat(patched.code()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("metadata").path("labels").path("step").asText()).isEqualTo("patch");
        assertThat(patched.json().path("metadata").path("resourceVersion").asLong()).isGreaterThan(updatedVersion);

        ApiClient.Response deleted = api.delete(item);
        assertThat(deleted.code()).as(deleted.body()).isEqualTo(200);
        assertThat(api.get(item).code()).isEqualTo(404);
    }
}
