package dev.rbaclab.cluster.http;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A credential is bound to its sandbox: it means nothing on another sandbox's URL. */
class IsolationHttpTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void anAdminTokenOfOneSandboxIs401OnAnother() {
        SandboxCreated a = lab.get().newSandbox();
        SandboxCreated b = lab.get().newSandbox();
        ApiClient.Response response = lab.get().api(b).withToken(a.token()).get("/api/v1/namespaces");
        assertThat(response.code()).isEqualTo(401);
        assertThat(lab.get().api(a).get("/api/v1/namespaces").code()).isEqualTo(200);
    }

    @Test
    void aStaticUserTokenOfOneSandboxIs401OnAnother() {
        SandboxCreated a = lab.get().newSandbox();
        SandboxCreated b = lab.get().newSandbox();
        String alice = lab.get().lab().sandboxes().users(a.id()).get(0).token();
        assertThat(lab.get().api(b).withToken(alice).get("/version").code()).isEqualTo(401);
        assertThat(lab.get().api(a).withToken(alice).get("/version").code()).isEqualTo(200);
    }

    @Test
    void aServiceAccountTokenOfOneSandboxIs401OnAnother() {
        SandboxCreated a = lab.get().newSandbox();
        SandboxCreated b = lab.get().newSandbox();
        String token = lab.get().api(a).post("/api/v1/namespaces/default/serviceaccounts/default/token", "{}")
                .json().path("status").path("token").asText();
        assertThat(lab.get().api(a).withToken(token).get("/version").code()).isEqualTo(200);
        assertThat(lab.get().api(b).withToken(token).get("/version").code()).isEqualTo(401);
    }

    @Test
    void anUnknownSandboxIdIs404() {
        SandboxCreated a = lab.get().newSandbox();
        String other = a.server().replace(a.id(), "zzzzzzzzzzzz");
        assertThat(lab.get().api(a).get(other + "/version").code()).isEqualTo(404);
    }

    @Test
    void theApiRootPicksTheSandboxByTheToken() {
        SandboxCreated a = lab.get().newSandbox();
        lab.get().api(a).post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"only-in-a\"}}");
        String root = "https://127.0.0.1:" + lab.get().apiPort();
        ApiClient.Response response = lab.get().api(a).get(root + "/api/v1/namespaces/only-in-a");
        assertThat(response.code()).isEqualTo(200);
        ApiClient.Response anonymous = lab.get().api(a).withToken(null).get(root + "/healthz");
        assertThat(anonymous.code()).isEqualTo(401);
    }

    @Test
    void onlyTheOwnerGetsTheKubeconfigBack() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String web = lab.get().webUrl();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(web + "/api/sandboxes"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = dev.rbaclab.cluster.api.Json.parse(created.body()).path("id").asText();
        String token = dev.rbaclab.cluster.api.Json.parse(created.body()).path("token").asText();
        HttpResponse<String> owner = http.send(HttpRequest.newBuilder(URI.create(web + "/api/sandboxes/" + id + "/kubeconfig"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.body()).contains("certificate-authority-data:").contains("/clusters/" + id);
        HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(URI.create(web + "/api/sandboxes/" + id + "/kubeconfig"))
                .header("Authorization", "Bearer " + lab.get().newSandbox().token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(404);
        HttpResponse<String> nobody = http.send(HttpRequest.newBuilder(URI.create(web + "/api/sandboxes/" + id + "/audit"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nobody.statusCode()).isEqualTo(404);
    }
}
