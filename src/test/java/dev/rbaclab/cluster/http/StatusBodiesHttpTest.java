package dev.rbaclab.cluster.http;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error is a Status exactly as kube-apiserver writes it (k8s-semantics.md §5, kubectl-protocol.md §11):
 * field order, reason, code, details — kubectl reads these bytes.
 */
class StatusBodiesHttpTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void anUnknownTokenIs401WithTheExactStatusAndNeverAnonymous() {
        ApiClient api = lab.newAdminClient().withToken("not-a-token");
        ApiClient.Response response = api.get("/api/v1/namespaces/default/pods");
        assertThat(response.code()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"status\":\"Failure\",\"message\":\"Unauthorized\",\"reason\":\"Unauthorized\",\"code\":401}\n");
    }

    @Test
    void aForbiddenListIs403WithTheFormulaAndResourceDetails() {
        SandboxCreated sandbox = lab.get().newSandbox();
        String alice = lab.get().lab().sandboxes().users(sandbox.id()).get(0).token();
        ApiClient.Response response = lab.get().api(sandbox).withToken(alice).get("/api/v1/namespaces/dev/secrets/db-pass");
        assertThat(response.code()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"status\":\"Failure\",\"message\":\"secrets \\\"db-pass\\\" is forbidden: User \\\"alice\\\" cannot get "
                + "resource \\\"secrets\\\" in API group \\\"\\\" in the namespace \\\"dev\\\"\",\"reason\":\"Forbidden\","
                + "\"details\":{\"name\":\"db-pass\",\"kind\":\"secrets\"},\"code\":403}\n");
    }

    @Test
    void aForbiddenNonResourcePathHasEmptyDetails() {
        SandboxCreated sandbox = lab.get().newSandbox();
        String alice = lab.get().lab().sandboxes().users(sandbox.id()).get(0).token();
        ApiClient.Response response = lab.get().api(sandbox).withToken(alice).get("/metrics");
        assertThat(response.code()).isEqualTo(403);
        assertThat(response.json().path("message").asText())
                .isEqualTo("forbidden: User \"alice\" cannot get path \"/metrics\"");
        assertThat(response.body()).contains("\"details\":{}");
    }

    @Test
    void aTooShortTokenRequestIsInvalidWithAnEmptyNameAfterTheServiceAccountLookup() {
        ApiClient api = lab.newAdminClient();
        String tooShort = "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenRequest\",\"spec\":{\"expirationSeconds\":60}}";
        // token.go validates with errors.NewInvalid(gvk.GroupKind(), "", errs), so the name in the message is empty
        ApiClient.Response invalid = api.post("/api/v1/namespaces/default/serviceaccounts/default/token", tooShort);
        assertThat(invalid.code()).isEqualTo(422);
        assertThat(invalid.json().path("message").asText()).isEqualTo("TokenRequest.authentication.k8s.io \"\" is invalid: "
                + "spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes");
        // ... and only after looking up the ServiceAccount
        ApiClient.Response missing = api.post("/api/v1/namespaces/default/serviceaccounts/nope/token", tooShort);
        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.json().path("message").asText()).isEqualTo("serviceaccounts \"nope\" not found");
    }

    @Test
    void aMissingObjectIs404NamingTheResource() {
        ApiClient.Response response = lab.newAdminClient().get("/api/v1/namespaces/default/serviceaccounts/nope");
        assertThat(response.code()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"status\":\"Failure\",\"message\":\"serviceaccounts \\\"nope\\\" not found\",\"reason\":\"NotFound\","
                + "\"details\":{\"name\":\"nope\",\"kind\":\"serviceaccounts\"},\"code\":404}\n");
    }

    @Test
    void anUnknownResourcePathIs404WithTheGenericMessage() {
        ApiClient.Response response = lab.newAdminClient().get("/api/v1/namespaces/default/frobnicators");
        assertThat(response.code()).isEqualTo(404);
        assertThat(response.json().path("message").asText()).isEqualTo("the server could not find the requested resource");
    }

    @Test
    void creatingTwiceIs409AlreadyExists() {
        ApiClient api = lab.newAdminClient();
        String body = "{\"apiVersion\":\"v1\",\"kind\":\"ServiceAccount\",\"metadata\":{\"name\":\"foo\"}}";
        assertThat(api.post("/api/v1/namespaces/default/serviceaccounts", body).code()).isEqualTo(201);
        ApiClient.Response again = api.post("/api/v1/namespaces/default/serviceaccounts", body);
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.body()).isEqualTo("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"status\":\"Failure\",\"message\":\"serviceaccounts \\\"foo\\\" already exists\",\"reason\":\"AlreadyExists\","
                + "\"details\":{\"name\":\"foo\",\"kind\":\"serviceaccounts\"},\"code\":409}\n");
    }

    @Test
    void aNameThatBreaksDnsRulesIs422InKubernetesWording() {
        ApiClient.Response response = lab.newAdminClient().post("/api/v1/namespaces/default/serviceaccounts",
                "{\"metadata\":{\"name\":\"Foo_Bad\"}}");
        assertThat(response.code()).isEqualTo(422);
        assertThat(response.json().path("message").asText()).isEqualTo("ServiceAccount \"Foo_Bad\" is invalid: "
                + "metadata.name: Invalid value: \"Foo_Bad\": a lowercase RFC 1123 subdomain must consist of lower case "
                + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. "
                + "'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
        assertThat(response.json().path("details").path("kind").asText()).isEqualTo("ServiceAccount");
        assertThat(response.json().path("details").path("causes").get(0).path("reason").asText()).isEqualTo("FieldValueInvalid");
        assertThat(response.json().path("details").path("causes").get(0).path("field").asText()).isEqualTo("metadata.name");
    }

    @Test
    void aMissingNameIs422Required() {
        ApiClient.Response response = lab.newAdminClient().post("/api/v1/namespaces/default/configmaps", "{\"data\":{}}");
        assertThat(response.code()).isEqualTo(422);
        assertThat(response.json().path("message").asText())
                .isEqualTo("ConfigMap \"\" is invalid: metadata.name: Required value: name or generateName is required");
    }

    @Test
    void creatingInAMissingNamespaceIs404ForTheNamespace() {
        ApiClient.Response response = lab.newAdminClient().post("/api/v1/namespaces/nope/serviceaccounts",
                "{\"metadata\":{\"name\":\"x\"}}");
        assertThat(response.code()).isEqualTo(404);
        assertThat(response.json().path("message").asText()).isEqualTo("namespaces \"nope\" not found");
    }

    @Test
    void malformedJsonIs400AndStoresNothing() {
        ApiClient api = lab.newAdminClient();
        ApiClient.Response response = api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\": {\"name\": ");
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.json().path("reason").asText()).isEqualTo("BadRequest");
        assertThat(api.get("/api/v1/namespaces/default/configmaps").json().path("items")).hasSize(1);
    }

    @Test
    void anUnknownContentTypeIs415() {
        ApiClient.Response response = lab.newAdminClient().send("POST", "/api/v1/namespaces/default/configmaps",
                "<xml/>", "application/xml");
        assertThat(response.code()).isEqualTo(415);
        assertThat(response.json().path("reason").asText()).isEqualTo("UnsupportedMediaType");
    }

    @Test
    void aBodyOverThreeMebibytesIs413() {
        String big = "{\"metadata\":{\"name\":\"big\"},\"data\":{\"a\":\"" + "x".repeat(3 * 1024 * 1024 + 10) + "\"}}";
        ApiClient.Response response = lab.newAdminClient().post("/api/v1/namespaces/default/configmaps", big);
        assertThat(response.code()).isEqualTo(413);
        assertThat(response.json().path("reason").asText()).isEqualTo("RequestEntityTooLarge");
    }

    @Test
    void postingToAllNamespacesIsMethodNotAllowed() {
        ApiClient.Response response = lab.newAdminClient().post("/api/v1/pods", "{\"metadata\":{\"name\":\"x\"}}");
        assertThat(response.code()).isEqualTo(405);
        assertThat(response.json().path("reason").asText()).isEqualTo("MethodNotAllowed");
    }

    @Test
    void watchAnswersAtOnceWithAClearStatus() {
        ApiClient.Response response = lab.newAdminClient().get("/api/v1/namespaces/default/pods?watch=true");
        assertThat(response.code()).isEqualTo(405);
        assertThat(response.json().path("message").asText()).contains("watch");
    }
}
