package dev.rbaclab.cluster.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rbaclab.cluster.admission.EscalationFixture.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The words of an escalation refusal: ConfirmNoEscalation in kubernetes/kubernetes
 * {@code pkg/registry/rbac/validation/rule.go} ({@code user %q (groups=%q) is attempting to grant RBAC permissions not
 * currently held:\n%s} and {@code ; resolution errors: %v}) inside errors.NewForbidden, and the aggregationRule check of
 * {@code pkg/registry/rbac/clusterrole/policybased/storage.go}. No Go table exists for them; the expected strings
 * follow those format strings, and k8s-semantics.md §6.2 quotes a real one.
 */
class EscalationMessageTest {

    private static final PolicyRule GET_PODS = PolicyRule.resource(List.of("get"), List.of(""), List.of("pods"));
    private static final PolicyRule EVERYTHING = PolicyRule.resource(List.of("*"), List.of("*"), List.of("*"));
    private static final UserInfo PRIVESC = UserInfo.of("system:serviceaccount:rbac:privesc", "system:serviceaccounts",
            "system:serviceaccounts:rbac", UserInfo.AUTHENTICATED);

    @Test
    void quotesTheUserTheirGroupsAndEachMissingRule() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false);
        ObjectNode edit = role("edit", "rbac",
                PolicyRule.resource(List.of("delete"), List.of("rbac.authorization.k8s.io"), List.of("roles")));

        ApiException error = catchThrowableOfType(ApiException.class,
                () -> fixture.plugin().admit(fixture.create("roles", "rbac", edit, PRIVESC)));

        assertThat(error.getMessage()).isEqualTo("roles.rbac.authorization.k8s.io \"edit\" is forbidden: user "
                + "\"system:serviceaccount:rbac:privesc\" (groups=[\"system:serviceaccounts\" \"system:serviceaccounts:rbac\" "
                + "\"system:authenticated\"]) is attempting to grant RBAC permissions not currently held:\n"
                + "{APIGroups:[\"rbac.authorization.k8s.io\"], Resources:[\"roles\"], Verbs:[\"delete\"]}");
    }

    /**
     * The escalation checks resolve rules through the registry (storage_rbac.go builds their resolver from the
     * role/binding registries), so a missing role reads like the storage's NotFound — and RulesFor hands back one
     * aggregate error, which %v prints inside brackets: {@code [[a, b]]} for two.
     */
    @Test
    void appendsResolutionErrorsAsOneAggregate() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false)
                .holds("bob", "dev", List.of(),
                        "role.rbac.authorization.k8s.io \"gone\" not found",
                        "clusterrole.rbac.authorization.k8s.io \"also-gone\" not found");

        ApiException error = catchThrowableOfType(ApiException.class, () -> fixture.plugin()
                .admit(fixture.create("roles", "dev", role("r", "dev", GET_PODS), UserInfo.of("bob"))));

        assertThat(error.getMessage()).isEqualTo("roles.rbac.authorization.k8s.io \"r\" is forbidden: user \"bob\" "
                + "(groups=[]) is attempting to grant RBAC permissions not currently held:\n"
                + "{APIGroups:[\"\"], Resources:[\"pods\"], Verbs:[\"get\"]}; resolution errors: "
                + "[[roles.rbac.authorization.k8s.io \"gone\" not found, "
                + "clusterroles.rbac.authorization.k8s.io \"also-gone\" not found]]");
    }

    @Test
    void oneResolutionErrorIsPrintedAlone() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false)
                .holds("bob", "dev", List.of(), "role.rbac.authorization.k8s.io \"gone\" not found");

        ApiException error = catchThrowableOfType(ApiException.class, () -> fixture.plugin()
                .admit(fixture.create("roles", "dev", role("r", "dev", GET_PODS), UserInfo.of("bob"))));

        assertThat(error.getMessage()).endsWith(
                "; resolution errors: [roles.rbac.authorization.k8s.io \"gone\" not found]");
    }

    @Test
    void anAggregationRuleNeedsClusterAdminPrivileges() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false)
                .holds("alice", "", List.of(EVERYTHING));
        ObjectNode aggregated = role("monitoring", "");
        aggregated.putObject("aggregationRule").putArray("clusterRoleSelectors").addObject()
                .putObject("matchLabels").put("example.com/aggregate-to-monitoring", "true");

        ApiException error = catchThrowableOfType(ApiException.class,
                () -> fixture.plugin().admit(fixture.create("clusterroles", "", aggregated, UserInfo.of("alice"))));

        // alice lacks {NonResourceURLs:["*"], Verbs:["*"]}, the second half of fullAuthority
        assertThat(error.getMessage()).isEqualTo("clusterroles.rbac.authorization.k8s.io \"monitoring\" is forbidden: "
                + "must have cluster-admin privileges to use the aggregationRule");
    }

    /**
     * hasAggregationRule counts an aggregation rule only when it has selectors; an empty one is left to validation
     * ("at least one clusterRoleSelector required"), which runs after the escalation check.
     */
    @Test
    void anAggregationRuleWithoutSelectorsIsNoAggregationRule() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false)
                .holds("alice", "", List.of(EVERYTHING));
        ObjectNode empty = role("monitoring", "");
        empty.putObject("aggregationRule").putArray("clusterRoleSelectors");

        fixture.plugin().admit(fixture.create("clusterroles", "", empty, UserInfo.of("alice")));
    }
}
