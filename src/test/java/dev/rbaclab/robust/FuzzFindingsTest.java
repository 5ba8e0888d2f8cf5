package dev.rbaclab.robust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fuzzers found, each kept as a case that failed before its fix. */
class FuzzFindingsTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    /** Was a 500 "Internal error occurred: IllegalArgumentException": the key is not valid %-encoding. */
    @Test
    void aMalformedImpersonateExtraKeyIsRecordedAsSent() {
        SandboxCreated sandbox = lab.get().newSandbox();
        ApiClient.Response response = lab.get().api(sandbox).get("/api/v1/namespaces/default/pods",
                "Impersonate-User", "jane", "Impersonate-Extra-%ZZ", "x");

        assertThat(response.code()).as(response.body()).isEqualTo(403);
        assertThat(response.json().path("message").asText())
                .isEqualTo("pods is forbidden: User \"jane\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"");
    }

    /** Were Jetty's HTML error pages, or for PATCH, OPTIONS and other methods no body at all. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unparseable")
    void requestsJettyRefusesGetAStatusToo(String name, String requestLine, String message) throws Exception {
        SandboxCreated sandbox = lab.get().newSandbox();
        RawHttps http = new RawHttps(ApiClient.trusting(lab.get().lab().config().dataDir().resolve("ca.crt")),
                lab.get().apiPort());
        String head = requestLine.replace("{sandbox}", sandbox.id()) + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + sandbox.token() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

        RawHttps.Response response = http.exchange(head.getBytes(StandardCharsets.ISO_8859_1), new byte[0]);

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode status = Json.parse(response.text());
        assertThat(status.path("kind").asText()).isEqualTo("Status");
        assertThat(status.path("code").asInt()).isEqualTo(400);
        assertThat(status.path("reason").asText()).isEqualTo("BadRequest");
        assertThat(status.path("message").asText()).isEqualTo(message);
    }

    static Stream<Arguments> unparseable() {
        return Stream.of(
                Arguments.of("a path that is not UTF-8", "GET /clusters/{sandbox}/api/v1/namespaces/%c3%28/pods HTTP/1.1",
                        "Bad UTF-8 encoding"),
                Arguments.of("the same with PATCH", "PATCH /clusters/{sandbox}/api/v1/namespaces/%ff/pods HTTP/1.1",
                        "Bad UTF-8 encoding"),
                Arguments.of("a control character in the request line", "GET /clusters/{sandbox}/api/\u0001 HTTP/1.1",
                        "Illegal character CNTL=0x1"));
    }
}
