package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Strings as Go's encoding/json writes them (json.Marshal / json.Encoder with the default HTML escaping, Go 1.22+):
 * not a Kubernetes test table, but the rule TestForbidden's second case depends on. Expected values are the
 * encoding/json outputs, written with Java escapes for readability.
 */
class GoJsonEscapingTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("html characters", "<a href=\"x\">&</a>", "\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e\""),
                arguments("line and paragraph separators", "a\u2028b\u2029c", "\"a\\u2028b\\u2029c\""),
                arguments("short escapes", "\b\f\n\r\t\\", "\"\\b\\f\\n\\r\\t\\\\\""),
                arguments("other control characters in lower-case hex", "\u0001\u001f", "\"\\u0001\\u001f\""),
                arguments("other non-ASCII text is written as is", "Tama-nui-te-rā é 日本", "\"Tama-nui-te-rā é 日本\""),
                arguments("slash and quote", "/\"", "\"/\\\"\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void escapesLikeGo(String name, String value, String expectedJson) {
        assertThat(Json.write(TextNode.valueOf(value))).isEqualTo(expectedJson);
        // and reads back unchanged
        assertThat(Json.parse(expectedJson).asText()).isEqualTo(value);
    }
}
