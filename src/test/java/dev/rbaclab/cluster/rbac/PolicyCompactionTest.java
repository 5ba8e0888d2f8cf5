package dev.rbaclab.cluster.rbac;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * How missing rules are merged before the escalation message prints them, ported from kubernetes/kubernetes
 * {@code pkg/registry/rbac/validation/policy_compact_test.go}: {@code TestCompactRules} (its map keys name the
 * cases) and {@code TestIsSimpleResourceRule}. isSimpleResourceRule is private in Go and here; its cases are checked
 * through what it decides — whether a rule merges with a twin that differs only in its verbs.
 */
class PolicyCompactionTest {

    static Stream<Arguments> compactCases() {
        return Stream.of(
                arguments("empty", List.of(), List.of()),
                arguments("simple",
                        List.of(r(List.of("get"), "", "builds"),
                                r(List.of("list"), "", "builds"),
                                r(List.of("update", "patch"), "", "builds"),
                                r(List.of("create"), "extensions", "daemonsets"),
                                r(List.of("delete"), "extensions", "daemonsets"),
                                named(List.of("patch"), "extensions", "daemonsets", ""),
                                named(List.of("get"), "extensions", "daemonsets", "foo"),
                                named(List.of("list"), "extensions", "daemonsets", "foo"),
                                r(List.of("educate"), "", "dolphins"),
                                // nil verbs are preserved in non-merge cases.
                                // these are the pirates who don't do anything.
                                r(List.of(), "", "pirates"),
                                // Test merging into a nil Verbs string set
                                r(List.of(), "", "pods"),
                                r(List.of("create"), "", "pods")),
                        List.of(r(List.of("create", "delete"), "extensions", "daemonsets"),
                                named(List.of("patch"), "extensions", "daemonsets", ""),
                                named(List.of("get", "list"), "extensions", "daemonsets", "foo"),
                                r(List.of("get", "list", "update", "patch"), "", "builds"),
                                r(List.of("educate"), "", "dolphins"),
                                r(List.of(), "", "pirates"),
                                r(List.of("create"), "", "pods"))),
                arguments("complex multi-group",
                        List.of(PolicyRule.resource(List.of("get"), List.of("", "builds.openshift.io"), List.of("builds")),
                                PolicyRule.resource(List.of("list"), List.of("", "builds.openshift.io"), List.of("builds"))),
                        List.of(PolicyRule.resource(List.of("get"), List.of("", "builds.openshift.io"), List.of("builds")),
                                PolicyRule.resource(List.of("list"), List.of("", "builds.openshift.io"), List.of("builds")))),
                arguments("complex multi-resource",
                        List.of(PolicyRule.resource(List.of("get"), List.of(""), List.of("builds", "images")),
                                PolicyRule.resource(List.of("list"), List.of(""), List.of("builds", "images"))),
                        List.of(PolicyRule.resource(List.of("get"), List.of(""), List.of("builds", "images")),
                                PolicyRule.resource(List.of("list"), List.of(""), List.of("builds", "images")))),
                arguments("complex named-resource",
                        List.of(named(List.of("get"), "", "builds", "mybuild"),
                                named(List.of("list"), "", "builds", "mybuild2")),
                        List.of(named(List.of("get"), "", "builds", "mybuild"),
                                named(List.of("list"), "", "builds", "mybuild2"))),
                arguments("complex non-resource",
                        List.of(new PolicyRule(List.of("get"), List.of(""), List.of("builds"), List.of(), List.of("/")),
                                new PolicyRule(List.of("get"), List.of(""), List.of("builds"), List.of(), List.of("/foo"))),
                        List.of(new PolicyRule(List.of("get"), List.of(""), List.of("builds"), List.of(), List.of("/")),
                                new PolicyRule(List.of("get"), List.of(""), List.of("builds"), List.of(), List.of("/foo")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compactCases")
    void compactsSimpleRulesAndKeepsTheRest(String name, List<PolicyRule> rules, List<PolicyRule> expected) {
        List<PolicyRule> compacted = PolicyCompaction.compact(rules);

        // compaction must neither lose nor add permissions
        assertThat(PolicyComparator.uncovered(compacted, rules)).as("compacted covers original").isEmpty();
        assertThat(PolicyComparator.uncovered(rules, compacted)).as("original covers compacted").isEmpty();
        // the Go test sorts both sides before comparing, so only the content counts
        assertThat(compacted).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> simpleRuleCases() {
        return Stream.of(
                arguments("simple, no verbs", r(List.of(), "", "builds"), true),
                arguments("simple, one verb", r(List.of("get"), "", "builds"), true),
                arguments("simple, one empty resource name", named(List.of("get"), "", "builds", ""), true),
                arguments("simple, one resource name", named(List.of("get"), "", "builds", "foo"), true),
                arguments("simple, multi verb", r(List.of("get", "list"), "", "builds"), true),
                arguments("complex, empty", new PolicyRule(List.of(), List.of(), List.of(), List.of(), List.of()), false),
                arguments("complex, no group", PolicyRule.resource(List.of("get"), List.of(), List.of("builds")), false),
                arguments("complex, multi group", PolicyRule.resource(List.of("get"), List.of("a", "b"), List.of("builds")),
                        false),
                arguments("complex, no resource", PolicyRule.resource(List.of("get"), List.of(""), List.of()), false),
                arguments("complex, multi resource",
                        PolicyRule.resource(List.of("get"), List.of(""), List.of("builds", "images")), false),
                arguments("complex, resource names",
                        PolicyRule.resource(List.of("get"), List.of(""), List.of("builds"), List.of("foo", "bar")), false),
                arguments("complex, non-resource urls",
                        new PolicyRule(List.of("get"), List.of(""), List.of("builds"), List.of(), List.of("/")), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("simpleRuleCases")
    void onlySimpleResourceRulesMergeWithTheirTwin(String name, PolicyRule rule, boolean simple) {
        PolicyRule twin = new PolicyRule(List.of("twin"), rule.apiGroups(), rule.resources(), rule.resourceNames(),
                rule.nonResourceURLs());

        List<PolicyRule> compacted = PolicyCompaction.compact(List.of(rule, twin));

        if (simple) {
            List<String> mergedVerbs = new ArrayList<>(rule.verbs());
            mergedVerbs.add("twin");
            assertThat(compacted).containsExactly(new PolicyRule(mergedVerbs, rule.apiGroups(), rule.resources(),
                    rule.resourceNames(), List.of()));
        } else {
            assertThat(compacted).containsExactlyInAnyOrder(rule, twin);
        }
    }

    /**
     * Not a Go table: the lines ConfirmNoEscalation prints (rule.go) — compacted, each as CompactString
     * (evaluation_helpers.go), de-duplicated and sorted (sets.NewString(...).List()).
     */
    static Stream<Arguments> describeCases() {
        return Stream.of(
                arguments("an admin binding cluster-admin misses the two wildcard rules",
                        List.of(PolicyRule.resource(List.of("*"), List.of("*"), List.of("*")),
                                PolicyRule.nonResource(List.of("*"), List.of("*"))),
                        List.of("{APIGroups:[\"*\"], Resources:[\"*\"], Verbs:[\"*\"]}",
                                "{NonResourceURLs:[\"*\"], Verbs:[\"*\"]}")),
                arguments("verbs of one resource merge in breakdown order",
                        List.of(r(List.of("get"), "", "pods"), r(List.of("list"), "", "pods"),
                                r(List.of("delete"), "rbac.authorization.k8s.io", "roles")),
                        List.of("{APIGroups:[\"\"], Resources:[\"pods\"], Verbs:[\"get\" \"list\"]}",
                                "{APIGroups:[\"rbac.authorization.k8s.io\"], Resources:[\"roles\"], Verbs:[\"delete\"]}")),
                arguments("resource names print between resources and verbs",
                        List.of(named(List.of("get"), "", "secrets", "db-pass")),
                        List.of("{APIGroups:[\"\"], Resources:[\"secrets\"], ResourceNames:[\"db-pass\"], Verbs:[\"get\"]}")),
                arguments("identical lines are printed once",
                        List.of(PolicyRule.nonResource(List.of("get"), List.of("/healthz")),
                                PolicyRule.nonResource(List.of("get"), List.of("/healthz"))),
                        List.of("{NonResourceURLs:[\"/healthz\"], Verbs:[\"get\"]}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("describeCases")
    void describesMissingRulesAsTheEscalationMessageLists(String name, List<PolicyRule> missing, List<String> lines) {
        assertThat(PolicyCompaction.describe(missing)).containsExactlyElementsOf(lines);
    }

    private static PolicyRule r(List<String> verbs, String group, String resource) {
        return PolicyRule.resource(verbs, List.of(group), List.of(resource));
    }

    private static PolicyRule named(List<String> verbs, String group, String resource, String name) {
        return PolicyRule.resource(verbs, List.of(group), List.of(resource), List.of(name));
    }
}
