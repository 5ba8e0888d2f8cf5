package dev.rbaclab.cluster.http;

import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fieldValidation on create and update (create.go, update.go): a field the kind's Go type does not have is a 400
 * "strict decoding error" with Strict, a warning with Warn (also when the parameter is absent), nothing with Ignore.
 */
class FieldValidationHttpTest {

    private static final String ROLES = "/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles";
    private static final String TYPO_ROLE = "{\"metadata\":{\"name\":\"typo\"},\"rules\":[{\"apiGroups\":[\"\"],"
            + "\"resource\":[\"pods\"],\"verbs\":[\"get\"]}],\"extra\":1}";

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void strictRejectsUnknownFieldsBeforeValidationNamingEachInDocumentOrder() {
        ApiClient.Response response = lab.newAdminClient().post(ROLES + "?fieldValidation=Strict", TYPO_ROLE);
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).isEqualTo("Role in version \"v1\" cannot be handled as a Role: "
                + "strict decoding error: unknown field \"rules[0].resource\", unknown field \"extra\"");
        assertThat(response.json().path("reason").asText()).isEqualTo("BadRequest");
    }

    @Test
    void strictChecksObjectMetaAndUpdatesToo() {
        ApiClient api = lab.newAdminClient();
        ApiClient.Response created = api.post("/api/v1/namespaces/default/serviceaccounts?fieldValidation=Strict",
                "{\"metadata\":{\"name\":\"robot\",\"label\":{\"a\":\"b\"}}}");
        assertThat(created.json().path("message").asText()).isEqualTo("ServiceAccount in version \"v1\" cannot be handled as "
                + "a ServiceAccount: strict decoding error: unknown field \"metadata.label\"");
        ApiClient.Response replaced = api.put("/api/v1/namespaces/default/serviceaccounts/default?fieldValidation=Strict",
                "{\"metadata\":{\"name\":\"default\"},\"automountServiceAccountTokens\":false}");
        assertThat(replaced.code()).isEqualTo(400);
        assertThat(replaced.json().path("message").asText()).endsWith("unknown field \"automountServiceAccountTokens\"");
    }

    @Test
    void withoutTheParameterUnknownFieldsAreWarnings() {
        ApiClient.Response response = lab.newAdminClient().post(ROLES,
                "{\"metadata\":{\"name\":\"warned\"},\"rules\":[],\"extra\":1}");
        assertThat(response.code()).isEqualTo(201);
        assertThat(response.warning()).isEqualTo("299 - \"unknown field \\\"extra\\\"\"");
    }

    @Test
    void aWarningIsSentEvenWhenTheRequestFailsLater() {
        ApiClient.Response response = lab.newAdminClient().post(ROLES + "?fieldValidation=Warn", TYPO_ROLE);
        assertThat(response.code()).isEqualTo(422);
        assertThat(response.warning()).isEqualTo("299 - \"unknown field \\\"rules[0].resource\\\"\", "
                + "299 - \"unknown field \\\"extra\\\"\"");
    }

    @Test
    void aPatchAddingAnUnknownFieldWarnsByDefaultAndChangesNothing() {
        ApiClient api = lab.newAdminClient();
        String sa = "/api/v1/namespaces/default/serviceaccounts/default";
        String before = api.get(sa).json().path("metadata").path("resourceVersion").asText();
        ApiClient.Response patched = api.patch(sa, "application/merge-patch+json", "{\"foo\":\"bar\"}");
        assertThat(patched.code()).isEqualTo(200);
        assertThat(patched.warning()).isEqualTo("299 - \"unknown field \\\"foo\\\"\"");
        // decoding into the Go type drops the field: nothing changed, so nothing was written
        assertThat(patched.json().has("foo")).isFalse();
        assertThat(patched.json().path("metadata").path("resourceVersion").asText()).isEqualTo(before);
    }

    @Test
    void aStrictStrategicPatchWithAnUnknownFieldShowsThePatchAsGoPrintsIt() {
        ApiClient.Response response = lab.newAdminClient().patch("/api/v1/namespaces/default/serviceaccounts/default"
                + "?fieldValidation=Strict", "application/strategic-merge-patch+json",
                "{\"metadata\":{\"labels\":{\"a\":\"b\"}},\"secret\":[{\"name\":\"x\"}]}");
        assertThat(response.code()).isEqualTo(422);
        // patch.go applyPatchToObject: field.Invalid(field.NewPath("patch"), fmt.Sprintf("%+v", patchMap), ...)
        assertThat(response.json().path("message").asText()).isEqualTo(" \"\" is invalid: patch: Invalid value: "
                + "\"map[metadata:map[labels:map[a:b]] secret:[map[name:x]]]\": strict decoding error: unknown field \"secret\"");
    }

    @Test
    void ignoreAndKindsWithoutASchemaAcceptUnknownFields() {
        ApiClient api = lab.newAdminClient();
        ApiClient.Response ignored = api.post(ROLES + "?fieldValidation=Ignore", "{\"metadata\":{\"name\":\"quiet\"},\"extra\":1}");
        assertThat(ignored.code()).isEqualTo(201);
        assertThat(ignored.warning()).isEmpty();
        ApiClient.Response pod = api.post("/api/v1/namespaces/default/pods?fieldValidation=Strict", "{\"metadata\":{\"name\":"
                + "\"p\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"busybox\",\"unknown\":1}]}}");
        assertThat(pod.code()).isEqualTo(201);
    }
}
