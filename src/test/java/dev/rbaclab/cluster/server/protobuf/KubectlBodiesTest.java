package dev.rbaclab.cluster.server.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bodies the real kubectl 1.32 sent, decoded, equal the JSON kubectl 1.31 sent for the same command (fixtures
 * recorded by {@link KubectlBodyRecorder}).
 */
class KubectlBodiesTest {

    private final ProtobufBodyDecoder decoder = new ProtobufBodyDecoder();

    static Stream<KubectlFixture> fixtures() {
        return KubectlFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decodesToTheJsonKubectl131Sends(KubectlFixture fixture) {
        assertThat(fixture.protobufSender()).contains("/v1.32.");
        assertThat(fixture.jsonSender()).contains("/v1.31.");

        JsonNode decoded = decoder.decode(fixture.protobuf());

        assertThat(decoded).as(String.join(" ", fixture.command())).isEqualTo(withoutGoZeroValues(fixture.json()));
    }

    @Test
    void everyGeneratorKindIsCovered() {
        assertThat(KubectlFixture.all().map(fixture -> fixture.json().path("kind").asText()).distinct())
                .containsExactlyInAnyOrder("Namespace", "ServiceAccount", "Secret", "ConfigMap", "Role",
                        "ClusterRole", "RoleBinding", "ClusterRoleBinding", "TokenRequest", "SelfSubjectReview",
                        "SelfSubjectAccessReview", "SelfSubjectRulesReview", "Deployment", "Service", "Job",
                        "CronJob", "ResourceQuota", "PriorityClass", "PodDisruptionBudget", "Ingress");
    }

    /**
     * The 1.31 JSON less what Go's encoding/json writes for values the client never set, which protobuf cannot tell
     * from absent ones: {@code null} (nil slices and pointers, the zero {@code creationTimestamp}), empty objects
     * (non-pointer structs such as {@code strategy: {}} and {@code resources: {}}) and the top-level {@code status},
     * whose zero skeleton ({@code allowed: false}, {@code token: ""}) only the server fills in.
     */
    static JsonNode withoutGoZeroValues(JsonNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove("status");
        prune(copy);
        return copy;
    }

    /** Removes nulls and empty objects, innermost first; true when the node itself ended up empty. */
    private static boolean prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(property -> property.getValue().isNull()
                    || (prune(property.getValue()) && property.getValue().isObject()));
            return object.isEmpty();
        }
        if (node instanceof ArrayNode array) {
            array.forEach(KubectlBodiesTest::prune);
        }
        return false;
    }
}
