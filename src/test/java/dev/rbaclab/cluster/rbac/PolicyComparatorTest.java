package dev.rbaclab.cluster.rbac;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Whether an owner's rules cover a servant's, and which atoms they miss — ported from kubernetes/kubernetes
 * {@code staging/src/k8s.io/component-helpers/auth/rbac/validation/policy_comparator_test.go}: every
 * {@code TestCovers*} function (named after it) and the {@code TestNonResourceURLCovers} table. The escalation checks
 * print the missing atoms, so they are compared as a set, as rulesMatch does.
 */
class PolicyComparatorTest {

    static Stream<Arguments> coversCases() {
        return Stream.of(
                covers("TestCoversExactMatch",
                        List.of(rule("v1", "get", "builds")),
                        List.of(rule("v1", "get", "builds")), true, List.of()),
                covers("TestCoversSubresourceWildcard",
                        List.of(rule("v1", "get", "*/scale")),
                        List.of(rule("v1", "get", "foo/scale")), true, List.of()),
                covers("TestCoversMultipleRulesCoveringSingleRule",
                        List.of(rule("v1", "delete", "deployments"), rule("v1", "delete", "builds"),
                                resourceRule(List.of("v1"), List.of("update"), List.of("builds", "deployments"))),
                        List.of(resourceRule(List.of("v1"), List.of("delete", "update"), List.of("builds", "deployments"))),
                        true, List.of()),
                covers("TestCoversMultipleAPIGroupsCoveringSingleRule",
                        List.of(rule("group1", "delete", "deployments"), rule("group1", "delete", "builds"),
                                resourceRule(List.of("group1"), List.of("update"), List.of("builds", "deployments")),
                                rule("group2", "delete", "deployments"), rule("group2", "delete", "builds"),
                                resourceRule(List.of("group2"), List.of("update"), List.of("builds", "deployments"))),
                        List.of(resourceRule(List.of("group1", "group2"), List.of("delete", "update"),
                                List.of("builds", "deployments"))),
                        true, List.of()),
                covers("TestCoversSingleAPIGroupsCoveringMultiple",
                        List.of(resourceRule(List.of("group1", "group2"), List.of("delete", "update"),
                                List.of("builds", "deployments"))),
                        List.of(rule("group1", "delete", "deployments"), rule("group1", "delete", "builds"),
                                resourceRule(List.of("group1"), List.of("update"), List.of("builds", "deployments")),
                                rule("group2", "delete", "deployments"), rule("group2", "delete", "builds"),
                                resourceRule(List.of("group2"), List.of("update"), List.of("builds", "deployments"))),
                        true, List.of()),
                covers("TestCoversMultipleRulesMissingSingleVerbResourceCombination",
                        List.of(resourceRule(List.of("v1"), List.of("delete", "update"), List.of("builds", "deployments")),
                                rule("v1", "delete", "pods")),
                        List.of(resourceRule(List.of("v1"), List.of("delete", "update"),
                                List.of("builds", "deployments", "pods"))),
                        false, List.of(rule("v1", "update", "pods"))),
                covers("TestCoversAPIGroupStarCoveringMultiple",
                        List.of(rule("*", "get", "roles")),
                        List.of(resourceRule(List.of("group1", "group2"), List.of("get"), List.of("roles"))),
                        true, List.of()),
                covers("TestCoversEnumerationNotCoveringAPIGroupStar",
                        List.of(rule("dummy-group", "get", "roles")),
                        List.of(rule("*", "get", "roles")),
                        false, List.of(rule("*", "get", "roles"))),
                covers("TestCoversAPIGroupStarCoveringStar",
                        List.of(rule("*", "get", "roles")),
                        List.of(rule("*", "get", "roles")), true, List.of()),
                covers("TestCoversVerbStarCoveringMultiple",
                        List.of(rule("v1", "*", "roles")),
                        List.of(resourceRule(List.of("v1"), List.of("watch", "list"), List.of("roles"))), true, List.of()),
                covers("TestCoversEnumerationNotCoveringVerbStar",
                        List.of(resourceRule(List.of("v1"),
                                List.of("get", "list", "watch", "create", "update", "delete", "exec"), List.of("roles"))),
                        List.of(rule("v1", "*", "roles")),
                        false, List.of(rule("v1", "*", "roles"))),
                covers("TestCoversVerbStarCoveringStar",
                        List.of(rule("v1", "*", "roles")),
                        List.of(rule("v1", "*", "roles")), true, List.of()),
                covers("TestCoversResourceStarCoveringMultiple",
                        List.of(rule("v1", "get", "*")),
                        List.of(rule("v1", "get", "resourcegroup:deployments")), true, List.of()),
                covers("TestCoversEnumerationNotCoveringResourceStar",
                        List.of(resourceRule(List.of("v1"), List.of("get"), List.of("roles", "resourcegroup:deployments"))),
                        List.of(rule("v1", "get", "*")),
                        false, List.of(rule("v1", "get", "*"))),
                covers("TestCoversResourceStarCoveringStar",
                        List.of(rule("v1", "get", "*")),
                        List.of(rule("v1", "get", "*")), true, List.of()),
                covers("TestCoversResourceNameEmptyCoveringMultiple",
                        List.of(PolicyRule.resource(List.of("get"), List.of("v1"), List.of("pods"), List.of())),
                        List.of(PolicyRule.resource(List.of("get"), List.of("v1"), List.of("pods"), List.of("foo", "bar"))),
                        true, List.of()),
                covers("TestCoversEnumerationNotCoveringResourceNameEmpty",
                        List.of(PolicyRule.resource(List.of("get"), List.of("v1"), List.of("pods"), List.of("foo", "bar"))),
                        List.of(PolicyRule.resource(List.of("get"), List.of("v1"), List.of("pods"), List.of())),
                        false, List.of(rule("v1", "get", "pods"))),
                covers("TestCoversNonResourceURLs",
                        List.of(url("*", "/apis")),
                        List.of(url("*", "/apis")), true, List.of()),
                covers("TestCoversNonResourceURLsStar",
                        List.of(url("*", "*")),
                        List.of(PolicyRule.nonResource(List.of("*"), List.of("/apis", "/apis/v1", "/"))), true, List.of()),
                covers("TestCoversNonResourceURLsStarAfterPrefixDoesntCover",
                        List.of(url("*", "/apis/*")),
                        List.of(PolicyRule.nonResource(List.of("get"), List.of("/apis", "/apis/v1"))),
                        false, List.of(url("get", "/apis"))),
                covers("TestCoversNonResourceURLsStarAfterPrefix",
                        List.of(url("*", "/apis/*")),
                        List.of(PolicyRule.nonResource(List.of("get"), List.of("/apis/v1/foo", "/apis/v1"))),
                        true, List.of()),
                covers("TestCoversNonResourceURLsWithOtherFields",
                        List.of(new PolicyRule(List.of("get"), List.of("v1"), List.of("builds"), List.of(), List.of("/apis"))),
                        List.of(new PolicyRule(List.of("get"), List.of("v1"), List.of("builds"), List.of(), List.of("/apis"))),
                        true, List.of()),
                covers("TestCoversNonResourceURLsWithOtherFieldsFailure",
                        List.of(rule("v1", "get", "builds")),
                        List.of(new PolicyRule(List.of("get"), List.of("v1"), List.of("builds"), List.of(), List.of("/apis"))),
                        false, List.of(url("get", "/apis"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coversCases")
    void coversWhatTheOwnerHolds(String name, List<PolicyRule> ownerRules, List<PolicyRule> servantRules,
                                 boolean expectedCovered, List<PolicyRule> expectedUncovered) {
        assertThat(PolicyComparator.covers(ownerRules, servantRules)).isEqualTo(expectedCovered);
        assertThat(PolicyComparator.uncovered(ownerRules, servantRules))
                .containsExactlyInAnyOrderElementsOf(expectedUncovered);
    }

    static Stream<Arguments> nonResourceUrlCases() {
        return Stream.of(
                arguments("*", "", true),
                arguments("*", "/", true),
                arguments("*", "/api", true),
                arguments("/*", "", false),
                arguments("/*", "/", true),
                arguments("/*", "/foo", true),
                arguments("/api", "/api", true),
                arguments("/apis", "/api", false),
                arguments("/api/v1", "/api", false),
                arguments("/api/v1", "/api/v1", true),
                arguments("/api/*", "/api/v1", true),
                arguments("/api/*", "/api", false),
                arguments("/api/*/*", "/api/v1", false),
                arguments("/*/v1/*", "/api/v1", false));
    }

    /** TestNonResourceURLCovers; the Go table's cases are unnamed, so owner and requested URL name them. */
    @ParameterizedTest(name = "nonResourceURLCovers(\"{0}\", \"{1}\") = {2}")
    @MethodSource("nonResourceUrlCases")
    void ownerUrlCoversRequestedUrl(String owner, String requested, boolean want) {
        assertThat(PolicyComparator.nonResourceUrlCovers(owner, requested)).isEqualTo(want);
    }

    private static Arguments covers(String name, List<PolicyRule> owner, List<PolicyRule> servant, boolean covered,
                                    List<PolicyRule> uncovered) {
        return arguments(name, owner, servant, covered, uncovered);
    }

    private static PolicyRule rule(String group, String verb, String resource) {
        return PolicyRule.resource(List.of(verb), List.of(group), List.of(resource));
    }

    private static PolicyRule resourceRule(List<String> groups, List<String> verbs, List<String> resources) {
        return PolicyRule.resource(verbs, groups, resources);
    }

    private static PolicyRule url(String verb, String url) {
        return PolicyRule.nonResource(List.of(verb), List.of(url));
    }
}
