package dev.rbaclab.cluster.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The three patch types kubectl sends (kubectl-protocol.md §7, §9), and server-side apply's upsert. */
class PatchHttpTest {

    private static final String RB = "/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings";

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    private static ApiClient withBinding() {
        ApiClient api = lab.newAdminClient();
        api.post(RB, "{\"metadata\":{\"name\":\"test\"},\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\","
                + "\"kind\":\"ClusterRole\",\"name\":\"view\"},\"subjects\":[{\"kind\":\"ServiceAccount\",\"name\":\"default\",\"namespace\":\"foo\"}]}");
        return api;
    }

    @Test
    void jsonPatchAppendsASubject() {
        ApiClient api = withBinding();
        JsonNode patched = api.patch(RB + "/test", "application/json-patch+json",
                "[{\"op\":\"add\",\"path\":\"/subjects/-\",\"value\":{\"kind\":\"ServiceAccount\",\"name\":\"default\",\"namespace\":\"bar\"}}]").json();
        assertThat(patched.path("subjects").findValuesAsText("namespace")).containsExactly("foo", "bar");
    }

    @Test
    void aFailedJsonPatchTestIs422AndChangesNothing() {
        ApiClient api = withBinding();
        ApiClient.Response response = api.patch(RB + "/test", "application/json-patch+json",
                "[{\"op\":\"test\",\"path\":\"/roleRef/name\",\"value\":\"edit\"}]");
        assertThat(response.code()).isEqualTo(422);
        // patch.go: errors.NewGenericServerResponse(422, "", schema.GroupResource{}, "", err.Error(), 0, false) keeps
        // only the generic sentence, so kubectl prints "The request is invalid: the server rejected our request ..."
        assertThat(response.body()).isEqualTo("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"status\":\"Failure\",\"message\":\"the server rejected our request due to an error in our request\","
                + "\"reason\":\"Invalid\",\"details\":{},\"code\":422}\n");
        assertThat(api.get(RB + "/test").json().path("roleRef").path("name").asText()).isEqualTo("view");
    }

    @Test
    void aPatchThatIsNotJsonGetsGosSyntaxError() {
        ApiClient api = withBinding();
        String yamlish = "{subjects: []}";
        // patch.go: strategicPatchObject answers the decoder's error as such, the strict merge and JSON patch
        // decoding prefix it with "error decoding patch: "
        ApiClient.Response strategic = api.patch(RB + "/test", "application/strategic-merge-patch+json", yamlish);
        assertThat(strategic.code()).isEqualTo(400);
        assertThat(strategic.json().path("message").asText())
                .isEqualTo("invalid character 's' looking for beginning of object key string");
        assertThat(api.patch(RB + "/test", "application/merge-patch+json", yamlish).json().path("message").asText())
                .isEqualTo("error decoding patch: invalid character 's' looking for beginning of object key string");
        assertThat(api.patch(RB + "/test", "application/json-patch+json", "[{op: \"add\"}]").json().path("message").asText())
                .isEqualTo("error decoding patch: invalid character 'o' looking for beginning of object key string");
    }

    @Test
    void mergePatchReplacesListsAndNullDeletes() {
        ApiClient api = withBinding();
        api.patch(RB + "/test", "application/merge-patch+json", "{\"metadata\":{\"labels\":{\"a\":\"1\",\"b\":\"2\"}}}");
        JsonNode patched = api.patch(RB + "/test", "application/merge-patch+json",
                "{\"metadata\":{\"labels\":{\"a\":null}},\"subjects\":[{\"kind\":\"User\",\"name\":\"alice\"}]}").json();
        assertThat(patched.path("metadata").path("labels").has("a")).isFalse();
        assertThat(patched.path("subjects")).hasSize(1);
        assertThat(patched.path("subjects").get(0).path("apiGroup").asText()).isEqualTo("rbac.authorization.k8s.io");
    }

    @Test
    void strategicMergeMergesContainersByName() {
        ApiClient api = lab.newAdminClient();
        api.post("/api/v1/namespaces/default/pods", "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"containers\":["
                + "{\"name\":\"a\",\"image\":\"one\"},{\"name\":\"b\",\"image\":\"two\"}]}}");
        JsonNode patched = api.patch("/api/v1/namespaces/default/pods/p", "application/strategic-merge-patch+json",
                "{\"spec\":{\"containers\":[{\"name\":\"b\",\"image\":\"three\"}]}}").json();
        assertThat(patched.path("spec").path("containers").findValuesAsText("image")).containsExactly("one", "three");
    }

    @Test
    void changingARoleRefIsRefused() {
        ApiClient api = withBinding();
        ApiClient.Response response = api.patch(RB + "/test", "application/merge-patch+json", "{\"roleRef\":{\"name\":\"edit\"}}");
        assertThat(response.code()).isEqualTo(422);
        assertThat(response.json().path("message").asText()).isEqualTo("RoleBinding.rbac.authorization.k8s.io \"test\" is "
                + "invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:\"rbac.authorization.k8s.io\", Kind:\"ClusterRole\", "
                + "Name:\"edit\"}: cannot change roleRef");
    }

    @Test
    void serverSideApplyCreatesWhatIsMissing() {
        ApiClient api = lab.newAdminClient();
        ApiClient.Response created = api.patch("/api/v1/namespaces/default/configmaps/applied", "application/apply-patch+yaml",
                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"applied\"},\"data\":{\"k\":\"v\"}}");
        assertThat(created.code()).isEqualTo(201);
        ApiClient.Response updated = api.patch("/api/v1/namespaces/default/configmaps/applied", "application/apply-patch+yaml",
                "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"applied\"},\"data\":{\"k\":\"w\"}}");
        assertThat(updated.code()).isEqualTo(200);
        assertThat(updated.json().path("data").path("k").asText()).isEqualTo("w");
    }

    /**
     * Applying the same pod again changes nothing (a real v1.32 server answers "pod/ssa serverside-applied"): apply
     * merges containers by name and keeps what defaulting and admission added, instead of replacing the list and
     * tripping pod validation's "may not change fields".
     */
    @Test
    void serverSideApplyOfAnUnchangedPodIsAccepted() {
        ApiClient api = lab.newAdminClient();
        String pod = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"ssa\"},"
                + "\"spec\":{\"containers\":[{\"name\":\"ssa\",\"image\":\"nginx\"}]}}";
        String path = "/api/v1/namespaces/default/pods/ssa?fieldManager=kubectl";
        assertThat(api.patch(path, "application/apply-patch+yaml", pod).code()).isEqualTo(201);
        ApiClient.Response again = api.patch(path, "application/apply-patch+yaml", pod);
        assertThat(again.code()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("spec").path("containers").get(0).path("volumeMounts").size()).isEqualTo(1);
    }
}
