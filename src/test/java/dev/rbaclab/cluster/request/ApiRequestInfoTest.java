package dev.rbaclab.cluster.request;

import dev.rbaclab.cluster.api.PlainTextException;
import dev.rbaclab.cluster.api.RequestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Resource requests, ported from kubernetes/kubernetes
 * {@code staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo_test.go}, {@code TestGetAPIRequestInfo}
 * (the v1.31+ version that also holds {@code TestSelectorParsing}): its {@code successCases} in their order, and its
 * {@code errorCases} map, which — despite the name — must resolve without an error, as non-resource requests.
 *
 * <p>The Go table has no case names; a case is named by its method and URL. The Go test does not assert the API
 * prefix (its literal says "api" even for /apis URLs), so neither does this port; it does assert the group, whose
 * literal agrees with the algorithm.
 */
class ApiRequestInfoTest {

    private final RequestInfoResolver resolver = new RequestInfoResolver();

    record Expected(String verb, String group, String version, String namespace, String resource,
                    String subresource, String name, List<String> parts) {
    }

    static Stream<Arguments> successCases() {
        return Stream.of(
                // resource paths
                success("GET", "/api/v1/namespaces", "list", "", "v1", "", "namespaces", "", "", "namespaces"),
                success("GET", "/api/v1/namespaces/other", "get", "", "v1", "other", "namespaces", "", "other", "namespaces", "other"),
                success("GET", "/api/v1/namespaces/other/pods", "list", "", "v1", "other", "pods", "", "", "pods"),
                success("GET", "/api/v1/namespaces/other/pods/foo", "get", "", "v1", "other", "pods", "", "foo", "pods", "foo"),
                success("HEAD", "/api/v1/namespaces/other/pods/foo", "get", "", "v1", "other", "pods", "", "foo", "pods", "foo"),
                success("GET", "/api/v1/pods", "list", "", "v1", "", "pods", "", "", "pods"),
                success("HEAD", "/api/v1/pods", "list", "", "v1", "", "pods", "", "", "pods"),
                success("GET", "/api/v1/namespaces/other/pods/foo", "get", "", "v1", "other", "pods", "", "foo", "pods", "foo"),
                success("GET", "/api/v1/namespaces/other/pods", "list", "", "v1", "other", "pods", "", "", "pods"),

                // special verbs
                success("GET", "/api/v1/proxy/namespaces/other/pods/foo", "proxy", "", "v1", "other", "pods", "", "foo", "pods", "foo"),
                success("GET", "/api/v1/proxy/namespaces/other/pods/foo/subpath/not/a/subresource", "proxy", "", "v1", "other", "pods", "", "foo",
                        "pods", "foo", "subpath", "not", "a", "subresource"),
                success("GET", "/api/v1/watch/pods", "watch", "", "v1", "", "pods", "", "", "pods"),
                success("GET", "/api/v1/pods?watch=true", "watch", "", "v1", "", "pods", "", "", "pods"),
                success("GET", "/api/v1/pods?watch=false", "list", "", "v1", "", "pods", "", "", "pods"),
                success("GET", "/api/v1/watch/namespaces/other/pods", "watch", "", "v1", "other", "pods", "", "", "pods"),
                success("GET", "/api/v1/namespaces/other/pods?watch=1", "watch", "", "v1", "other", "pods", "", "", "pods"),
                success("GET", "/api/v1/namespaces/other/pods?watch=0", "list", "", "v1", "other", "pods", "", "", "pods"),

                // subresource identification
                success("GET", "/api/v1/namespaces/other/pods/foo/status", "get", "", "v1", "other", "pods", "status", "foo", "pods", "foo", "status"),
                success("GET", "/api/v1/namespaces/other/pods/foo/proxy/subpath", "get", "", "v1", "other", "pods", "proxy", "foo",
                        "pods", "foo", "proxy", "subpath"),
                success("PUT", "/api/v1/namespaces/other/finalize", "update", "", "v1", "other", "namespaces", "finalize", "other",
                        "namespaces", "other", "finalize"),
                success("PUT", "/api/v1/namespaces/other/status", "update", "", "v1", "other", "namespaces", "status", "other",
                        "namespaces", "other", "status"),

                // verb identification
                success("PATCH", "/api/v1/namespaces/other/pods/foo", "patch", "", "v1", "other", "pods", "", "foo", "pods", "foo"),
                success("DELETE", "/api/v1/namespaces/other/pods/foo", "delete", "", "v1", "other", "pods", "", "foo", "pods", "foo"),
                success("POST", "/api/v1/namespaces/other/pods", "create", "", "v1", "other", "pods", "", "", "pods"),

                // deletecollection verb identification
                success("DELETE", "/api/v1/nodes", "deletecollection", "", "v1", "", "nodes", "", "", "nodes"),
                success("DELETE", "/api/v1/namespaces", "deletecollection", "", "v1", "", "namespaces", "", "", "namespaces"),
                success("DELETE", "/api/v1/namespaces/other/pods", "deletecollection", "", "v1", "other", "pods", "", "", "pods"),
                success("DELETE", "/apis/extensions/v1/namespaces/other/pods", "deletecollection", "extensions", "v1", "other", "pods", "", "",
                        "pods"),

                // api group identification
                success("POST", "/apis/extensions/v1/namespaces/other/pods", "create", "extensions", "v1", "other", "pods", "", "", "pods"),

                // api version identification
                success("POST", "/apis/extensions/v1beta3/namespaces/other/pods", "create", "extensions", "v1beta3", "other", "pods", "", "",
                        "pods"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successCases")
    void resolvesResourceRequests(String name, String method, String url, Expected expected) {
        RequestInfo info = resolver.resolve(method, Urls.path(url), Urls.query(url));

        assertThat(info.resourceRequest()).as("resource request").isTrue();
        assertThat(info.verb()).as("verb").isEqualTo(expected.verb());
        assertThat(info.apiGroup()).as("group").isEqualTo(expected.group());
        assertThat(info.apiVersion()).as("apiVersion").isEqualTo(expected.version());
        assertThat(info.namespace()).as("namespace").isEqualTo(expected.namespace());
        assertThat(info.resource()).as("resource").isEqualTo(expected.resource());
        assertThat(info.subresource()).as("subresource").isEqualTo(expected.subresource());
        assertThat(info.name()).as("name").isEqualTo(expected.name());
        assertThat(info.parts()).as("parts").isEqualTo(expected.parts());
    }

    /** The Go map's keys are the case names; "just apiversion" and "apiversion with no resource" share a URL. */
    static Stream<Arguments> errorCases() {
        return Stream.of(
                arguments("no resource path", "/"),
                arguments("just apiversion", "/api/version/"),
                arguments("just prefix, group, version", "/apis/group/version/"),
                arguments("apiversion with no resource", "/api/version/"),
                arguments("bad prefix", "/badprefix/version/resource"),
                arguments("missing api group", "/apis/version/resource"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void resolvesIncompleteApiPathsAsNonResourceRequests(String name, String url) {
        RequestInfo info = resolver.resolve("GET", url, Urls.query(url));

        assertThat(info.resourceRequest()).isFalse();
        // a non-resource request keeps the raw path and the lower-cased HTTP method as its verb
        assertThat(info.path()).isEqualTo(url);
        assertThat(info.verb()).isEqualTo("get");
    }

    /**
     * Not a table case: the one real error of NewRequestInfo ({@code len(currentParts) < 2} after a special verb),
     * which the WithRequestInfo filter answers with responsewriters.InternalError.
     */
    @Test
    void aSpecialVerbWithoutAResourceIsAnInternalError() {
        PlainTextException error = catchThrowableOfType(PlainTextException.class,
                () -> resolver.resolve("GET", "/api/v1/watch", Urls.query("/api/v1/watch")));

        assertThat(error.code()).isEqualTo(500);
        assertThat(error.getMessage()).isEqualTo("Internal Server Error: \"/api/v1/watch\": "
                + "failed to create RequestInfo: unable to determine kind and namespace from url, /api/v1/watch");
    }

    private static Arguments success(String method, String url, String verb, String group, String version,
                                     String namespace, String resource, String subresource, String name,
                                     String... parts) {
        return arguments(method + " " + url, method, url,
                new Expected(verb, group, version, namespace, resource, subresource, name, List.of(parts)));
    }
}
