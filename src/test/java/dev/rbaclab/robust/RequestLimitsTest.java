package dev.rbaclab.robust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.server.http.ApiHttpServer;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.net.ssl.SSLContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that keep one request cheap, each answered with a Kubernetes Status a client can read: bodies over the
 * size limit (413, on the API port and on the web port, with or without a Content-Length), and YAML or JSON built to
 * be expensive to parse, deep nesting and alias bombs (400 naming the limit).
 */
class RequestLimitsTest {

    private static final String CONFIGMAPS = "/api/v1/namespaces/default/configmaps";

    @RegisterExtension
    static LabExtension lab = LabExtension.withFixtureLessons();

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedBodies")
    void anOversizedBodyOnTheApiPortIsA413Status(String name, boolean chunked) throws Exception {
        var sandbox = lab.get().newSandbox();
        byte[] body = configMapOfSize(ApiHttpServer.MAX_BODY_BYTES + 1024);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.server() + CONFIGMAPS))
                .header("Authorization", "Bearer " + sandbox.token()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(publisher(body, chunked)).build();
        HttpResponse<String> response = despiteResets(() -> {
            try {
                return apiHttp().send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });

        assertThat(response.statusCode()).isEqualTo(413);
        assertStatus(Json.parse(response.body()), 413, "RequestEntityTooLarge");
        assertThat(lab.get().api(sandbox).get(CONFIGMAPS + "/big").code()).as("nothing was stored").isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedBodies")
    void anOversizedBodyOnTheWebPortIsA413Status(String name, boolean chunked) {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        byte[] body = ("{\"input\":\"echo " + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
        WebClient.Response response = despiteResets(() -> learner.send(HttpRequest.newBuilder(
                URI.create(lab.get().webUrl() + "/api/console"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", learner.csrf())
                .POST(publisher(body, chunked))));

        assertThat(response.code()).isEqualTo(413);
        JsonNode status = response.json();
        assertStatus(status, 413, "RequestEntityTooLarge");
        assertThat(status.path("message").asText()).isEqualTo("The request is too large.");
    }

    static Stream<Arguments> oversizedBodies() {
        return Stream.of(Arguments.of("with Content-Length", false), Arguments.of("chunked, no Content-Length", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expensiveDocuments")
    void aDocumentBuiltToBeExpensiveIsA400Status(String name, String contentType, String body, String limit) {
        ApiClient.Response response = lab.newAdminClient().send("POST", CONFIGMAPS, body, contentType);

        assertThat(response.code()).as(response.body()).isEqualTo(400);
        JsonNode status = response.json();
        assertStatus(status, 400, "BadRequest");
        assertThat(status.path("message").asText()).contains(limit);
    }

    static Stream<Arguments> expensiveDocuments() {
        return Stream.of(
                Arguments.of("YAML alias bomb (billion laughs)", "application/yaml", Hostile.billionLaughs(),
                        "the body of the request could not be decoded: yaml: document contains excessive aliasing"),
                Arguments.of("YAML nested 5,000 deep", "application/yaml", Hostile.deepYaml(5_000),
                        "Document nesting depth (101) exceeds the maximum allowed (100"),
                Arguments.of("JSON nested 5,000 deep", "application/json", Hostile.deepJson(5_000),
                        "Document nesting depth (101) exceeds the maximum allowed (100"));
    }

    @Test
    void theConsoleRefusesAnAliasBombFileWithAClearMessage() {
        WebClient learner = new WebClient(lab.get().webUrl()).start();
        WebClient.Response saved = learner.postJson("/api/console/files",
                Json.write(Json.object().put("name", "bomb.yaml").put("content", Hostile.billionLaughs())));
        assertThat(saved.code()).as(saved.body()).isEqualTo(200);

        JsonNode reply = learner.run("kubectl create -f bomb.yaml");
        assertThat(reply.path("exitCode").asInt()).isEqualTo(1);
        assertThat(reply.path("stderr").asText()).isEqualTo("error: error parsing bomb.yaml: error converting YAML to JSON: "
                + "yaml: document contains excessive aliasing\n");
    }

    private static void assertStatus(JsonNode status, int code, String reason) {
        assertThat(status.path("kind").asText()).isEqualTo("Status");
        assertThat(status.path("apiVersion").asText()).isEqualTo("v1");
        assertThat(status.path("status").asText()).isEqualTo("Failure");
        assertThat(status.path("code").asInt()).isEqualTo(code);
        assertThat(status.path("reason").asText()).isEqualTo(reason);
        assertThat(status.path("message").asText()).isNotBlank();
    }

    private static byte[] configMapOfSize(long size) {
        String head = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"big\"},\"data\":{\"a\":\"";
        return (head + "x".repeat((int) size - head.length() - 3) + "\"}}").getBytes();
    }

    /** A body of known length, or a stream of unknown length, which the client sends chunked. */
    private static HttpRequest.BodyPublisher publisher(byte[] body, boolean chunked) {
        return chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
    }

    /**
     * The server answers 413 while the client is still sending, then closes the connection. When the client's kernel
     * gets the close (a reset, since body bytes were left unread) before the client has read the answer, the answer is
     * lost and the client sees only a dropped connection (RFC 9112 §9.6 on closing with unread input). That is the
     * transport, not the lab: such an attempt is made again, up to three times; any answer at all is checked as is.
     */
    private static <T> T despiteResets(java.util.function.Supplier<T> send) {
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return send.get();
            } catch (UncheckedIOException e) {
                last = e;
            }
        }
        throw last;
    }

    private static HttpClient apiHttp() {
        SSLContext tls = ApiClient.trusting(lab.get().lab().config().dataDir().resolve("ca.crt"));
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
