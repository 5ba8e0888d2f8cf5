package dev.rbaclab.cluster.request;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which paths are resource requests at all, ported from kubernetes/kubernetes
 * {@code staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo_test.go}, {@code TestGetNonAPIRequestInfo}
 * (v1.31+ version). Everything RBAC's nonResourceURLs rules apply to is decided here.
 */
class NonApiRequestInfoTest {

    private final RequestInfoResolver resolver = new RequestInfoResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("simple groupless", "/api/version/resource", true),
                arguments("simple group", "/apis/group/version/resource/name/subresource", true),
                arguments("more steps", "/api/version/resource/name/subresource", true),
                arguments("group list", "/apis/batch/v1/job", true),
                arguments("group get", "/apis/batch/v1/job/foo", true),
                arguments("group subresource", "/apis/batch/v1/job/foo/scale", true),

                arguments("bad root", "/not-api/version/resource", false),
                arguments("group without enough steps", "/apis/extensions/v1beta1", false),
                arguments("group without enough steps 2", "/apis/extensions/v1beta1/", false),
                arguments("not enough steps", "/api/version", false),
                arguments("one step", "/api", false),
                arguments("zero step", "/", false),
                arguments("empty", "", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tellsResourceRequestsFromOtherPaths(String name, String url, boolean resourceRequest) {
        assertThat(resolver.resolve("GET", url, Map.of()).resourceRequest()).isEqualTo(resourceRequest);
    }
}
