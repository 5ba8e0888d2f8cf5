package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused {@code kubectl exec} over WebSocket is answered as kube-apiserver answers any refused request: 401 for a
 * token nobody recognises (another sandbox's admin token), 403 when nobody allowed it — not a 500.
 */
class ExecWebSocketRefusalTest {

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @Test
    void anotherSandboxsTokenIsUnauthorizedAndNoTokenIsForbidden() throws Exception {
        SandboxCreated victim = lab.get().newSandbox();
        SandboxCreated attacker = lab.get().newSandbox();
        ApiClient admin = lab.get().api(victim);
        assertThat(admin.post("/api/v1/namespaces/default/pods", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":"
                + "{\"name\":\"app\"},\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"busybox\"}]}}").code()).isEqualTo(201);
        String exec = victim.server().replace("https://", "wss://")
                + "/api/v1/namespaces/default/pods/app/exec?command=hostname&stdout=true";
        assertThat(handshake(exec, attacker.token())).isEqualTo(401);
        assertThat(handshake(exec, null)).isEqualTo(403);
        assertThat(handshake(exec, victim.token())).isEqualTo(101);
    }

    private static int handshake(String url, String token) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(ApiClient.trusting(lab.get().lab().config().dataDir().resolve("ca.crt"))).build();
        WebSocket.Builder builder = client.newWebSocketBuilder().subprotocols("v5.channel.k8s.io");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            builder.buildAsync(URI.create(url), new WebSocket.Listener() {
            }).get(30, TimeUnit.SECONDS).abort();
            return 101;
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }
}
