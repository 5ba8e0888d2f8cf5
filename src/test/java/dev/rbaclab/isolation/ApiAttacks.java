package dev.rbaclab.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.TestLab;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The attacker against the victim's cluster URL on the API port: with every credential they hold (admin token,
 * ServiceAccount tokens, static user token), forged JWTs, a near miss of the victim's admin token, no token, near-miss
 * cluster ids, spoofed proxy, Host and impersonation headers, and exec over both upgrade protocols. kube-apiserver
 * answers a token it does not recognise with 401 and a Status whose reason is Unauthorized; anonymous requests for
 * resources get 403; a cluster id that names no sandbox is a path nobody serves, 404.
 */
final class ApiAttacks {

    private final TestLab lab;
    private final Tally tally;
    private final Random random;
    private final Path ca;
    private final SSLContext tls;
    /**
     * One TLS client per pair (absolute URLs, a token each): a handshake per request would be most of the run. Not one
     * for the whole run: with a single long-lived client a victim's own reads were once answered 401 (not understood
     * yet, and never the other way round), which would make the controls flaky.
     */
    private ApiClient client;
    private final HttpClient webSockets;

    ApiAttacks(TestLab lab, Tally tally, Random random) {
        this.lab = lab;
        this.tally = tally;
        this.random = random;
        this.ca = lab.lab().config().dataDir().resolve("ca.crt");
        this.tls = ApiClient.trusting(ca);
        this.webSockets = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private ApiClient.Response send(String server, String token, Call call, String... headers) {
        return client.withToken(token).send(call.method(), server + call.path(), call.body(),
                call.method().equals("PATCH") ? "application/merge-patch+json" : "application/json", headers);
    }

    /** A request against the victim's cluster: method, path below the cluster URL, body. */
    record Call(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Call> callsAgainst(Learner victim) {
        String ns = "/api/v1/namespaces/" + victim.namespace;
        String pod = victim.pod == null ? "app" : victim.pod;
        return List.of(
                new Call("GET", ns + "/secrets", null),
                new Call("GET", ns + "/secrets/" + victim.secretName, null),
                new Call("GET", "/api/v1/configmaps", null),
                new Call("GET", "/apis/rbac.authorization.k8s.io/v1/rolebindings", null),
                new Call("GET", "/api/v1/namespaces/" + victim.namespace, null),
                new Call("POST", ns + "/configmaps", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"planted\"}}"),
                new Call("POST", "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\","
                        + "\"kind\":\"ClusterRoleBinding\",\"metadata\":{\"name\":\"planted\"},\"roleRef\":{\"apiGroup\":"
                        + "\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"cluster-admin\"},\"subjects\":"
                        + "[{\"kind\":\"Group\",\"name\":\"system:authenticated\",\"apiGroup\":\"rbac.authorization.k8s.io\"}]}"),
                new Call("POST", ns + "/serviceaccounts/" + victim.serviceAccount + "/token",
                        "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenRequest\",\"spec\":{}}"),
                new Call("PATCH", ns + "/secrets/" + victim.secretName, "{\"data\":{\"password\":\"b3duZWQ=\"}}"),
                new Call("DELETE", ns + "/serviceaccounts/" + victim.serviceAccount, null),
                new Call("DELETE", "/api/v1/namespaces/" + victim.namespace, null),
                new Call("POST", ns + "/pods/" + pod + "/exec?command=cat&command=/etc/hostname&stdout=true", null));
    }

    void run(Learner attacker, Learner victim) {
        client = new ApiClient("https://127.0.0.1:" + lab.apiPort(), null, ca);
        controls(victim);
        List<Call> calls = callsAgainst(victim);
        for (Learner.Credential credential : attacker.apiCredentials()) {
            for (Call call : calls) {
                expectUnauthorized("api: attacker's tokens", credential.kind(), victim.server, credential.token(), call, victim);
            }
        }
        forgedTokens(attacker, victim, calls);
        for (Call call : calls) {
            expectUnauthorized("api: near-miss admin token", "", victim.server,
                    Guesses.nearMissToken(victim.adminToken, random), call, victim);
        }
        anonymous(victim, calls);
        guessedClusters(attacker, victim, calls);
        spoofedHeaders(attacker, victim, calls);
        exec(attacker, victim);
    }

    /** The victim's admin token works on the same calls' reads: the paths are real. */
    private void controls(Learner victim) {
        for (Call call : callsAgainst(victim)) {
            if (call.method().equals("GET")) {
                ApiClient.Response response = send(victim.server, victim.adminToken, call);
                tally.control("api-read " + call.path(), response.code() == 200, response.code() + " " + response.body());
            }
        }
    }

    private void forgedTokens(Learner attacker, Learner victim, List<Call> calls) {
        String root = "https://127.0.0.1:" + lab.apiPort();
        for (String own : attacker.serviceAccountTokens) {
            for (Map.Entry<String, String> forged : ForgedTokens.aimedAt(own, victim).entrySet()) {
                Call call = calls.get(random.nextInt(calls.size()));
                expectUnauthorized("api: forged JWTs", forged.getKey(), victim.server, forged.getValue(), call, victim);
                // at the bare API root the token's key id picks the sandbox: a forged one must not pick the victim's
                expectUnauthorized("api: forged JWTs", forged.getKey() + " at the API root", root, forged.getValue(), call, victim);
            }
        }
    }

    private void expectUnauthorized(String category, String how, String server, String token, Call call, Learner victim) {
        ApiClient.Response response = send(server, token, call);
        String what = how + " " + call;
        tally.attempt(category, what, response.code(), response.body(), victim, 401);
        if (response.code() == 401 && !isStatus(response.body(), "Unauthorized", 401)) {
            tally.noteWayIn(category + ": " + what + " answered 401 without an Unauthorized Status: " + response.body());
        }
    }

    private void anonymous(Learner victim, List<Call> calls) {
        for (Call call : calls) {
            ApiClient.Response response = send(victim.server, null, call);
            tally.attempt("api: anonymous", call.toString(), response.code(), response.body(), victim, 403);
            if (response.code() == 403 && !isStatus(response.body(), "Forbidden", 403)) {
                tally.noteWayIn("api: anonymous " + call + " answered 403 without a Forbidden Status: " + response.body());
            }
        }
    }

    private void guessedClusters(Learner attacker, Learner victim, List<Call> calls) {
        String prefix = victim.server.substring(0, victim.server.lastIndexOf('/') + 1);
        for (String guess : Guesses.nearMisses(victim.sandboxId, random)) {
            Call call = calls.get(random.nextInt(calls.size()));
            ApiClient.Response response = send(prefix + guess, attacker.adminToken, call);
            tally.attempt("api: near-miss cluster ids", guess + " " + call, response.code(), response.body(), victim, 404);
        }
    }

    /**
     * Headers a proxy in front of an API server might trust, and impersonation: none turns the attacker's token
     * into one the victim's cluster recognises. The Host header is written by hand.
     */
    private void spoofedHeaders(Learner attacker, Learner victim, List<Call> calls) {
        String[][] spoofs = {
                {"X-Forwarded-For", "127.0.0.1"},
                {"Forwarded", "for=127.0.0.1;host=localhost;proto=https"},
                {"X-Forwarded-Host", "localhost"},
                {"X-Remote-User", "kubernetes-admin"},
                {"X-Remote-Group", "system:masters"},
                {"Impersonate-User", "kubernetes-admin"},
                {"Impersonate-Group", "system:masters"}};
        for (String[] spoof : spoofs) {
            Call call = calls.get(random.nextInt(calls.size()));
            ApiClient.Response response = send(victim.server, attacker.adminToken, call, spoof[0], spoof[1]);
            tally.attempt("api: spoofed headers", spoof[0] + " " + call, response.code(), response.body(), victim, 401);
        }
        String clusterPath = URI.create(victim.server).getPath();
        for (String host : List.of("localhost", "kubernetes.default.svc", victim.sandboxId + ".localhost:" + lab.apiPort())) {
            RawHttp.Response response = RawHttp.send(tls, lab.apiPort(), "GET",
                    clusterPath + "/api/v1/namespaces/" + victim.namespace + "/secrets", null, "Host: " + host,
                    "Authorization: Bearer " + attacker.adminToken, "X-Forwarded-For: 127.0.0.1");
            tally.attempt("api: spoofed headers", "Host: " + host, response.code(), response.text(), victim, 401);
        }
    }

    /** kubectl exec's two upgrades, refused before any shell opens. */
    private void exec(Learner attacker, Learner victim) {
        String pod = victim.pod == null ? "app" : victim.pod;
        String path = URI.create(victim.server).getPath() + "/api/v1/namespaces/" + victim.namespace + "/pods/" + pod
                + "/exec?command=cat&command=/etc/hostname&stdout=true";
        for (Learner.Credential credential : attacker.apiCredentials()) {
            RawHttp.Response spdy = RawHttp.send(tls, lab.apiPort(), "POST", path, null, "Host: 127.0.0.1",
                    "Authorization: Bearer " + credential.token(), "Connection: Upgrade", "Upgrade: SPDY/3.1",
                    "X-Stream-Protocol-Version: v4.channel.k8s.io");
            tally.attempt("api: exec upgrades", "SPDY with " + credential.kind(), spdy.code(), spdy.text(), victim, 401);
            int webSocket = webSocketHandshake("wss://127.0.0.1:" + lab.apiPort() + path, credential.token());
            tally.attempt("api: exec upgrades", "WebSocket with " + credential.kind(), webSocket, "", victim, 401);
        }
    }

    /** The handshake's status code (101 if the upgrade was accepted). */
    private int webSocketHandshake(String url, String token) {
        try {
            WebSocket socket = webSockets.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .subprotocols("v5.channel.k8s.io").buildAsync(URI.create(url), new WebSocket.Listener() {
                    }).get(30, TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new CompletionException(e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isStatus(String body, String reason, int code) {
        try {
            JsonNode status = Json.parse(body);
            return status.path("kind").asText().equals("Status") && status.path("status").asText().equals("Failure")
                    && status.path("reason").asText().equals(reason) && status.path("code").asInt() == code;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
