package dev.rbaclab.cluster.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The 403 body of the authorization filter, ported from kubernetes/kubernetes
 * {@code staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors_test.go}, {@code TestForbidden}:
 * the expected JSON strings are the Go literals, compared byte for byte. They end in "\n" because json.Encoder
 * terminates every value with one; {@link Status#toJson()} is the value, so the newline is added here.
 *
 * <p>The first two Go cases pass the literal verb "GET" (the real filter passes lower-case "get"); kept as is. The Go
 * cases are unnamed; they are named by what they show.
 */
class ForbiddenResponseTest {

    private static final UserInfo NAME = UserInfo.of("NAME");

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("non-resource path",
                        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"forbidden: User \\\"NAME\\\" cannot GET path \\\"/whatever\\\"\",\"reason\":\"Forbidden\",\"details\":{},\"code\":403}\n",
                        Attributes.nonResource(NAME, "GET", "/whatever"), ""),
                arguments("html in the path is escaped twice: by the message and by JSON",
                        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"forbidden: User \\\"NAME\\\" cannot GET path \\\"/\\u0026lt;script\\u0026gt;\\\"\",\"reason\":\"Forbidden\",\"details\":{},\"code\":403}\n",
                        Attributes.nonResource(NAME, "GET", "/<script>"), ""),
                arguments("cluster-scoped resource without name",
                        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"pod is forbidden: User \\\"NAME\\\" cannot get resource \\\"pod\\\" in API group \\\"\\\" at the cluster scope\",\"reason\":\"Forbidden\",\"details\":{\"kind\":\"pod\"},\"code\":403}\n",
                        new Attributes(NAME, "get", "", "", "", "pod", "", "", true, ""), ""),
                arguments("named resource",
                        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"pod \\\"mypod\\\" is forbidden: User \\\"NAME\\\" cannot get resource \\\"pod\\\" in API group \\\"\\\" at the cluster scope\",\"reason\":\"Forbidden\",\"details\":{\"name\":\"mypod\",\"kind\":\"pod\"},\"code\":403}\n",
                        new Attributes(NAME, "get", "", "", "", "pod", "", "mypod", true, ""), ""),
                arguments("namespaced subresource in a group",
                        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"pod.v2 is forbidden: User \\\"NAME\\\" cannot get resource \\\"pod/quota\\\" in API group \\\"v2\\\" in the namespace \\\"test\\\"\",\"reason\":\"Forbidden\",\"details\":{\"group\":\"v2\",\"kind\":\"pod\"},\"code\":403}\n",
                        new Attributes(NAME, "get", "test", "v2", "", "pod", "quota", "", true, ""), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheStatusTheApiServerWrites(String name, String expected, Attributes attributes, String reason) {
        Status status = Forbidden.of(attributes, reason).status();

        assertThat(Json.write(status.toJson()) + "\n").isEqualTo(expected);
        assertThat(status.code()).isEqualTo(403);
    }
}
