package dev.rbaclab.cluster.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request is recorded with its explanation; the owner reads the log at /api/sandboxes/{id}/audit. */
class AuditHttpTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void everyRequestIsRecordedWithWhoWhatAndTheExplanation() throws Exception {
        SandboxCreated sandbox = lab.get().newSandbox();
        lab.get().api(sandbox).post("/api/v1/namespaces/default/serviceaccounts", "{\"metadata\":{\"name\":\"audited\"}}");
        String alice = lab.get().lab().sandboxes().users(sandbox.id()).get(0).token();
        lab.get().api(sandbox).withToken(alice).get("/api/v1/namespaces/default/pods");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(lab.get().webUrl() + "/api/sandboxes/" + sandbox.id() + "/audit"))
                .header("Authorization", "Bearer " + sandbox.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode items = Json.parse(response.body()).path("items");
        JsonNode denied = items.get(0);
        assertThat(denied.path("user").asText()).isEqualTo("alice");
        assertThat(denied.path("verb").asText()).isEqualTo("list");
        assertThat(denied.path("code").asInt()).isEqualTo(403);
        assertThat(denied.path("decision").asText()).isEqualTo("forbid");
        assertThat(denied.path("explanation").findValuesAsText("key")).contains("authz.rbac.denied", "authz.fix.role");
        JsonNode created = items.get(1);
        assertThat(created.path("user").asText()).isEqualTo("kubernetes-admin");
        assertThat(created.path("code").asInt()).isEqualTo(201);
        assertThat(created.path("method").asText()).isEqualTo("POST");
        assertThat(created.path("explanation").findValuesAsText("key")).contains("authz.masters", "storage.created");
    }
}
