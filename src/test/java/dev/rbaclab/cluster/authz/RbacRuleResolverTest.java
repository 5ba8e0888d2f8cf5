package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RoleRef;
import dev.rbaclab.cluster.rbac.RuleResolver;
import dev.rbaclab.cluster.rbac.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * RulesFor — the rules a user holds in a namespace — ported from kubernetes/kubernetes
 * {@code pkg/registry/rbac/validation/rule_test.go}, {@code TestDefaultRuleResolver} (rbacv1 version). The Go test
 * sorts both sides by a hash before comparing, so the order is not asserted; the Go case indexes name the cases.
 * The Go rules' upper-case verbs and "v1" group are kept: RulesFor copies rules, it never interprets them.
 */
class RbacRuleResolverTest {

    private static final PolicyRule READ_PODS = PolicyRule.resource(List.of("GET", "WATCH"), List.of("v1"), List.of("pods"));
    private static final PolicyRule READ_SERVICES =
            PolicyRule.resource(List.of("GET", "WATCH"), List.of("v1"), List.of("services"));
    private static final PolicyRule WRITE_NODES =
            PolicyRule.resource(List.of("PUT", "CREATE", "UPDATE"), List.of("v1"), List.of("nodes"));
    private static final PolicyRule ADMIN = PolicyRule.resource(List.of("*"), List.of("*"), List.of("*"));

    /** staticRoles1 of the Go test; its bindings have no names. */
    private static final RbacPolicy STATIC_ROLES_1 = new RbacPolicy(
            List.of(new Binding("", "", new RoleRef(RbacPolicy.RBAC_GROUP, "ClusterRole", "cluster-admin"),
                    List.of(subject(Subject.USER, "admin"), subject(Subject.GROUP, "admin")))),
            List.of(new Binding("namespace1", "", new RoleRef(RbacPolicy.RBAC_GROUP, "Role", "readthings"),
                    List.of(subject(Subject.USER, "foobar"), subject(Subject.GROUP, "group1")))),
            Map.of("cluster-admin", List.of(ADMIN), "write-nodes", List.of(WRITE_NODES)),
            Map.of("namespace1/readthings", List.of(READ_PODS, READ_SERVICES)));

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("case 0: a role binding's rules in its namespace", UserInfo.of("foobar"), "namespace1",
                        List.of(READ_PODS, READ_SERVICES)),
                arguments("case 1: nothing in another namespace", UserInfo.of("foobar"), "namespace2", List.of()),
                arguments("case 2: without a namespace only cluster rules apply", UserInfo.of("foobar", "admin"), "",
                        List.of(ADMIN)),
                arguments("case 3: an empty user holds nothing", UserInfo.of(""), "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void collectsTheRulesOfEveryBindingThatApplies(String name, UserInfo user, String namespace,
                                                   List<PolicyRule> effectiveRules) {
        RuleResolver.Rules rules = new RbacRuleResolver(() -> STATIC_ROLES_1).rulesFor(user, namespace);

        assertThat(rules.errors()).isEmpty();
        assertThat(rules.rules()).containsExactlyInAnyOrderElementsOf(effectiveRules);
    }

    /**
     * Not in the Go table: the contract of AuthorizationRuleResolver.RulesFor ("if an error is returned, the slice of
     * PolicyRules may not be complete, but it contains all retrievable rules"), with the lister's NotFound wording.
     */
    @Test
    void aMissingRoleIsAnErrorButTheOtherRulesStillCount() {
        RbacPolicy policy = new RbacPolicy(
                List.of(new Binding("", "gone", new RoleRef(RbacPolicy.RBAC_GROUP, "ClusterRole", "deleted"),
                        List.of(subject(Subject.USER, "foobar")))),
                List.of(new Binding("namespace1", "", new RoleRef(RbacPolicy.RBAC_GROUP, "Role", "readthings"),
                        List.of(subject(Subject.USER, "foobar")))),
                Map.of(), Map.of("namespace1/readthings", List.of(READ_PODS)));

        RuleResolver.Rules rules = new RbacRuleResolver(() -> policy).rulesFor(UserInfo.of("foobar"), "namespace1");

        assertThat(rules.rules()).containsExactly(READ_PODS);
        assertThat(rules.errors()).containsExactly("clusterrole.rbac.authorization.k8s.io \"deleted\" not found");
    }

    private static Subject subject(String kind, String name) {
        return new Subject(kind, "", name, "");
    }
}
