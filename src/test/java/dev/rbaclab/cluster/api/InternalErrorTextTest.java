package dev.rbaclab.cluster.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The plain-text 500 of responsewriters.InternalError, ported from kubernetes/kubernetes
 * {@code staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors_test.go}, {@code TestErrors}:
 * {@code Internal Server Error: %q: %v} of the HTML-escaped request URI. The Go literals end in "\n", which
 * http.Error appends to the body; {@link PlainTextException} holds the text without it.
 */
class InternalErrorTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("InternalError /get", "/get", "Internal Server Error: \"/get\": ARGH\n"),
                arguments("InternalError /<script>", "/<script>", "Internal Server Error: \"/&lt;script&gt;\": ARGH\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quotesTheEscapedUri(String name, String uri, String expected) {
        PlainTextException error = PlainTextException.internalError(uri, "ARGH");

        assertThat(error.code()).isEqualTo(500);
        assertThat(error.getMessage() + "\n").isEqualTo(expected);
    }
}
