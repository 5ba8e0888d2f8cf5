package dev.rbaclab.cluster.request;

import dev.rbaclab.cluster.api.RequestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * How list/watch verbs, the {@code metadata.name} field selector and the raw selectors are read from the query,
 * ported from kubernetes/kubernetes {@code staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo_test.go},
 * {@code TestSelectorParsing} (v1.31+, with the AuthorizeWithSelectors gate on, as it is by default in v1.32).
 *
 * <p>The "invalid selector" cases expect an error only in the sense that the Go test tolerates one; NewRequestInfo
 * logs the parse failure and carries on, so the resolver must not throw either.
 */
class SelectorParsingTest {

    private final RequestInfoResolver resolver = new RequestInfoResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("no selector", "GET", "/apis/group/version/resource", "", "list", "", ""),
                arguments("metadata.name selector", "GET",
                        "/apis/group/version/resource?fieldSelector=metadata.name=name1", "name1", "list",
                        "metadata.name=name1", ""),
                arguments("metadata.name selector with watch", "GET",
                        "/apis/group/version/resource?watch=true&fieldSelector=metadata.name=name1", "name1", "watch",
                        "metadata.name=name1", ""),
                arguments("random selector", "GET",
                        "/apis/group/version/resource?fieldSelector=foo=bar&labelSelector=baz=qux", "", "list",
                        "foo=bar", "baz=qux"),
                arguments("invalid selector with metadata.name", "GET",
                        "/apis/group/version/resource?fieldSelector=metadata.name=name1,foo", "", "list",
                        "metadata.name=name1,foo", ""),
                arguments("invalid selector with metadata.name with watch", "GET",
                        "/apis/group/version/resource?fieldSelector=metadata.name=name1,foo&watch=true", "", "watch",
                        "metadata.name=name1,foo", ""),
                arguments("invalid selector with metadata.name with watch false", "GET",
                        "/apis/group/version/resource?fieldSelector=metadata.name=name1,foo&watch=false", "", "list",
                        "metadata.name=name1,foo", ""),
                arguments("selector on deletecollection is honored", "DELETE",
                        "/apis/group/version/resource?fieldSelector=foo=bar&labelSelector=baz=qux", "",
                        "deletecollection", "foo=bar", "baz=qux"),
                arguments("selector on repeated param matches parsed param", "GET",
                        "/apis/group/version/resource?fieldSelector=metadata.name=foo&fieldSelector=metadata.name=bar"
                                + "&labelSelector=foo=bar&labelSelector=foo=baz", "foo", "list",
                        "metadata.name=foo", "foo=bar"),
                arguments("selector on other verb is ignored", "GET",
                        "/apis/group/version/resource/name?fieldSelector=foo=bar&labelSelector=foo=bar", "name", "get",
                        "", ""),
                arguments("selector on deprecated root type watch is not parsed", "GET",
                        "/apis/group/version/watch/resource?fieldSelector=metadata.name=foo&labelSelector=foo=bar", "",
                        "watch", "", ""),
                arguments("selector on deprecated root item watch is not parsed", "GET",
                        "/apis/group/version/watch/resource/name?fieldSelector=metadata.name=foo&labelSelector=foo=bar",
                        "name", "watch", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsVerbNameAndSelectorsFromTheQuery(String name, String method, String url, String expectedName,
                                               String expectedVerb, String expectedFieldSelector,
                                               String expectedLabelSelector) {
        RequestInfo info = resolver.resolve(method, Urls.path(url), Urls.query(url));

        assertThat(info.name()).as("name").isEqualTo(expectedName);
        assertThat(info.verb()).as("verb").isEqualTo(expectedVerb);
        assertThat(info.fieldSelector()).as("fieldSelector").isEqualTo(expectedFieldSelector);
        assertThat(info.labelSelector()).as("labelSelector").isEqualTo(expectedLabelSelector);
    }
}
