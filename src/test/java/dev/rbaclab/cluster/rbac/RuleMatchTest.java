package dev.rbaclab.cluster.rbac;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.UserInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Whether one rule allows one request, ported from kubernetes/kubernetes
 * {@code plugin/pkg/auth/authorizer/rbac/rbac_test.go}, {@code TestRuleMatches} (the v1.31+ version, whose
 * requestsToExpected is an ordered slice). Each Go case's requests become one named JUnit case each.
 */
class RuleMatchTest {

    private static final UserInfo NOBODY = UserInfo.of("");

    private record Request(Attributes attributes, boolean expected) {
    }

    private static final class Table {
        private final List<Arguments> cases = new ArrayList<>();

        void add(String name, PolicyRule rule, Request... requests) {
            for (Request request : requests) {
                Attributes a = request.attributes();
                String target = a.resourceRequest()
                        ? a.apiGroup() + "/" + a.resourceWithSubresource()
                        : a.path();
                cases.add(arguments(name + ": " + a.verb() + " " + target + " -> " + request.expected(), rule, a,
                        request.expected()));
            }
        }
    }

    static Stream<Arguments> cases() {
        Table table = new Table();
        table.add("star verb, exact match other",
                PolicyRule.resource(List.of("*"), List.of("group1"), List.of("resource1")),
                resource("verb1", "group1", "resource1", true),
                resource("verb1", "group2", "resource1", false),
                resource("verb1", "group1", "resource2", false),
                resource("verb1", "group2", "resource2", false),
                resource("verb2", "group1", "resource1", true),
                resource("verb2", "group2", "resource1", false),
                resource("verb2", "group1", "resource2", false),
                resource("verb2", "group2", "resource2", false));
        table.add("star group, exact match other",
                PolicyRule.resource(List.of("verb1"), List.of("*"), List.of("resource1")),
                resource("verb1", "group1", "resource1", true),
                resource("verb1", "group2", "resource1", true),
                resource("verb1", "group1", "resource2", false),
                resource("verb1", "group2", "resource2", false),
                resource("verb2", "group1", "resource1", false),
                resource("verb2", "group2", "resource1", false),
                resource("verb2", "group1", "resource2", false),
                resource("verb2", "group2", "resource2", false));
        table.add("star resource, exact match other",
                PolicyRule.resource(List.of("verb1"), List.of("group1"), List.of("*")),
                resource("verb1", "group1", "resource1", true),
                resource("verb1", "group2", "resource1", false),
                resource("verb1", "group1", "resource2", true),
                resource("verb1", "group2", "resource2", false),
                resource("verb2", "group1", "resource1", false),
                resource("verb2", "group2", "resource1", false),
                resource("verb2", "group1", "resource2", false),
                resource("verb2", "group2", "resource2", false));
        table.add("tuple expansion",
                PolicyRule.resource(List.of("verb1", "verb2"), List.of("group1", "group2"),
                        List.of("resource1", "resource2")),
                resource("verb1", "group1", "resource1", true),
                resource("verb1", "group2", "resource1", true),
                resource("verb1", "group1", "resource2", true),
                resource("verb1", "group2", "resource2", true),
                resource("verb2", "group1", "resource1", true),
                resource("verb2", "group2", "resource1", true),
                resource("verb2", "group1", "resource2", true),
                resource("verb2", "group2", "resource2", true));
        table.add("subresource expansion",
                PolicyRule.resource(List.of("*"), List.of("*"), List.of("resource1/subresource1")),
                subresource("verb1", "group1", "resource1", "subresource1", true),
                subresource("verb1", "group2", "resource1", "subresource2", false),
                subresource("verb1", "group1", "resource2", "subresource1", false),
                subresource("verb1", "group2", "resource2", "subresource1", false),
                subresource("verb2", "group1", "resource1", "subresource1", true),
                subresource("verb2", "group2", "resource1", "subresource2", false),
                subresource("verb2", "group1", "resource2", "subresource1", false),
                subresource("verb2", "group2", "resource2", "subresource1", false));
        table.add("star nonresource, exact match other",
                PolicyRule.nonResource(List.of("verb1"), List.of("*")),
                url("verb1", "/foo", true),
                url("verb1", "/foo/bar", true),
                url("verb1", "/foo/baz", true),
                url("verb1", "/foo/bar/one", true),
                url("verb1", "/foo/baz/one", true),
                url("verb2", "/foo", false),
                url("verb2", "/foo/bar", false),
                url("verb2", "/foo/baz", false),
                url("verb2", "/foo/bar/one", false),
                url("verb2", "/foo/baz/one", false));
        table.add("star nonresource subpath",
                PolicyRule.nonResource(List.of("verb1"), List.of("/foo/*")),
                url("verb1", "/foo", false),
                url("verb1", "/foo/bar", true),
                url("verb1", "/foo/baz", true),
                url("verb1", "/foo/bar/one", true),
                url("verb1", "/foo/baz/one", true),
                url("verb1", "/notfoo", false),
                url("verb1", "/notfoo/bar", false),
                url("verb1", "/notfoo/baz", false),
                url("verb1", "/notfoo/bar/one", false),
                url("verb1", "/notfoo/baz/one", false));
        table.add("star verb, exact nonresource",
                PolicyRule.nonResource(List.of("*"), List.of("/foo", "/foo/bar/one")),
                url("verb1", "/foo", true),
                url("verb1", "/foo/bar", false),
                url("verb1", "/foo/baz", false),
                url("verb1", "/foo/bar/one", true),
                url("verb1", "/foo/baz/one", false),
                url("verb2", "/foo", true),
                url("verb2", "/foo/bar", false),
                url("verb2", "/foo/baz", false),
                url("verb2", "/foo/bar/one", true),
                url("verb2", "/foo/baz/one", false));
        return table.cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleAllows(String name, PolicyRule rule, Attributes request, boolean expected) {
        assertThat(RuleMatch.allows(request, rule)).isEqualTo(expected);
        // the explanation's verdict must never disagree with the decision
        assertThat(RuleMatch.explain(request, rule) == RuleMatch.Outcome.MATCH).isEqualTo(expected);
    }

    private static Request resource(String verb, String group, String resource, boolean expected) {
        return subresource(verb, group, resource, "", expected);
    }

    /** resourceRequest(verb).Group(g).Resource(r).Subresource(s).New(): no name, no namespace, no version. */
    private static Request subresource(String verb, String group, String resource, String subresource,
                                       boolean expected) {
        return new Request(new Attributes(NOBODY, verb, "", group, "", resource, subresource, "", true, ""), expected);
    }

    private static Request url(String verb, String path, boolean expected) {
        return new Request(Attributes.nonResource(NOBODY, verb, path), expected);
    }
}
