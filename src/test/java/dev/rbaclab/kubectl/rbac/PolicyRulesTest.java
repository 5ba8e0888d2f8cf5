package dev.rbaclab.kubectl.rbac;

import dev.rbaclab.kubectl.printers.GoValues;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How describe and auth can-i --list expand, merge and sort rules (kubectl pkg/util/rbac/rbac.go). */
class PolicyRulesTest {

    private static Rule rule(List<String> verbs, List<String> groups, List<String> resources, List<String> names) {
        return new Rule(verbs, groups, resources, names, List.of());
    }

    private static List<String> lines(List<Rule> rules) {
        return rules.stream().map(r -> PolicyRules.combineResourceGroup(r.resources(), r.apiGroups()) + " "
                + GoValues.list(r.nonResourceURLs()) + " " + GoValues.list(r.resourceNames()) + " "
                + GoValues.list(r.verbs())).toList();
    }

    @Test
    void aRuleBreaksDownPerGroupAndResourceAndMergesBackPerResource() {
        List<Rule> rules = List.of(rule(List.of("get", "list"), List.of("", "apps"), List.of("pods", "deployments"), List.of()));
        assertThat(lines(PolicyRules.expandAndSort(rules))).containsExactly(
                "deployments [] [] [get list]", "pods [] [] [get list]",
                "deployments.apps [] [] [get list]", "pods.apps [] [] [get list]");
    }

    @Test
    void verbsOfSeveralRulesForOneResourceMergeInOrder() {
        List<Rule> rules = List.of(rule(List.of("get"), List.of(""), List.of("pods"), List.of()),
                rule(List.of("watch", "list"), List.of(""), List.of("pods"), List.of()));
        assertThat(lines(PolicyRules.expandAndSort(rules))).containsExactly("pods [] [] [get watch list]");
    }

    @Test
    void sortingFollowsTheGoStringWhichStartsWithTheVerbs() {
        List<Rule> rules = List.of(rule(List.of("get"), List.of(""), List.of("services"), List.of()),
                rule(List.of("get", "list"), List.of(""), List.of("pods"), List.of()),
                rule(List.of("create"), List.of("rbac.authorization.k8s.io"), List.of("roles"), List.of()));
        assertThat(lines(PolicyRules.expandAndSort(rules))).containsExactly(
                "roles.rbac.authorization.k8s.io [] [] [create]", "pods [] [] [get list]", "services [] [] [get]");
    }

    @Test
    void resourceNamesStaySeparate() {
        List<Rule> rules = List.of(rule(List.of("get"), List.of(""), List.of("secrets"), List.of("a", "b")));
        assertThat(lines(PolicyRules.expandAndSort(rules))).containsExactly("secrets [] [a] [get]", "secrets [] [b] [get]");
    }

    @Test
    void nonResourceUrlsAreTheirOwnRules() {
        List<Rule> rules = List.of(new Rule(List.of("get"), List.of(), List.of(), List.of(), List.of("/healthz", "/api/*")));
        assertThat(lines(PolicyRules.expandAndSort(rules))).containsExactly(" [/api/*] [] [get]", " [/healthz] [] [get]");
    }

    @Test
    void subresourcesKeepTheirSuffixAfterTheGroup() {
        assertThat(PolicyRules.combineResourceGroup(List.of("deployments/scale"), List.of("apps")))
                .isEqualTo("deployments.apps/scale");
        assertThat(PolicyRules.combineResourceGroup(List.of("pods/log"), List.of(""))).isEqualTo("pods/log");
    }
}
