package dev.rbaclab.cluster.admission;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.rbaclab.cluster.admission.EscalationFixture.RBAC;
import static dev.rbaclab.cluster.admission.EscalationFixture.binding;
import static dev.rbaclab.cluster.admission.EscalationFixture.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Who may create RoleBindings and ClusterRoleBindings. kubernetes/kubernetes has no test table for the binding
 * storages, so these cases follow the code they port: {@code pkg/registry/rbac/rolebinding/policybased/storage.go},
 * {@code clusterrolebinding/policybased/storage.go} and {@code escalation_check.go} (EscalationAllowed,
 * BindingAuthorized), with k8s-semantics.md §6.3.
 */
class BindingEscalationTest {

    private static final PolicyRule GET_PODS = PolicyRule.resource(List.of("get"), List.of(""), List.of("pods"));
    private static final UserInfo BOB = UserInfo.of("bob", "devs", UserInfo.AUTHENTICATED);

    @Test
    void systemMastersMayBindARoleThatDoesNotExist() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false);

        fixture.plugin().admit(fixture.create("rolebindings", "dev", binding("rb", "dev", "Role", "missing"),
                UserInfo.of("root", UserInfo.MASTERS)));

        assertThat(fixture.authorizerCalls).isEmpty();
    }

    @Test
    void theBindVerbOnTheReferencedRoleIsEnoughForARoleBinding() {
        EscalationFixture fixture = new EscalationFixture(attributes -> attributes.verb().equals("bind"));

        fixture.plugin().admit(fixture.create("rolebindings", "dev", binding("rb", "dev", "ClusterRole", "admin"), BOB));

        assertThat(fixture.authorizerCalls).singleElement().satisfies(call -> {
            assertThat(call.verb()).isEqualTo("bind");
            assertThat(call.apiGroup()).isEqualTo(RBAC);
            assertThat(call.resource()).isEqualTo("clusterroles");
            assertThat(call.name()).isEqualTo("admin");
            // the binding's namespace, so a RoleBinding-granted bind works in that namespace only
            assertThat(call.namespace()).isEqualTo("dev");
            assertThat(call.resourceRequest()).isTrue();
        });
    }

    @Test
    void aClusterRoleBindingAsksAboutBindAtClusterScope() {
        EscalationFixture fixture = new EscalationFixture(attributes -> attributes.verb().equals("bind"));

        fixture.plugin().admit(fixture.create("clusterrolebindings", "", binding("crb", "", "ClusterRole", "view"), BOB));

        assertThat(fixture.authorizerCalls).singleElement().satisfies(call -> {
            assertThat(call.resource()).isEqualTo("clusterroles");
            assertThat(call.name()).isEqualTo("view");
            assertThat(call.namespace()).isEmpty();
        });
    }

    @Test
    void aRoleReferenceAsksAboutRolesInTheBindingsNamespace() {
        EscalationFixture fixture = new EscalationFixture(attributes -> attributes.verb().equals("bind"));

        fixture.plugin().admit(fixture.create("rolebindings", "dev", binding("rb", "dev", "Role", "pod-reader"), BOB));

        assertThat(fixture.authorizerCalls).singleElement().satisfies(call -> {
            assertThat(call.resource()).isEqualTo("roles");
            assertThat(call.name()).isEqualTo("pod-reader");
            assertThat(call.namespace()).isEqualTo("dev");
        });
    }

    /** GetRoleReferenceRules goes through the registry, so a missing role is the storage's (plural) NotFound. */
    @Test
    void withoutBindAMissingRoleIsNotFound() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false);

        ApiException error = catchThrowableOfType(ApiException.class, () -> fixture.plugin()
                .admit(fixture.create("rolebindings", "dev", binding("rb", "dev", "Role", "missing"), BOB)));

        assertThat(error.code()).isEqualTo(404);
        assertThat(error.getMessage()).isEqualTo("roles.rbac.authorization.k8s.io \"missing\" not found");
    }

    @Test
    void withoutBindTheUserMustHoldEveryRuleOfTheRoleInTheBindingsNamespace() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false)
                .stores("roles", "dev", "pod-reader", role("pod-reader", "dev", GET_PODS))
                .holds("bob", "dev", List.of(GET_PODS));

        fixture.plugin().admit(fixture.create("rolebindings", "dev", binding("rb", "dev", "Role", "pod-reader"), BOB));
    }

    @Test
    void rulesHeldThroughRoleBindingsDoNotCountForAClusterRoleBinding() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false)
                .stores("clusterroles", "", "pod-reader", role("pod-reader", "", GET_PODS))
                .holds("bob", "dev", List.of(GET_PODS));

        ApiException error = catchThrowableOfType(ApiException.class, () -> fixture.plugin()
                .admit(fixture.create("clusterrolebindings", "", binding("crb", "", "ClusterRole", "pod-reader"), BOB)));

        assertThat(error.getMessage()).isEqualTo("clusterrolebindings.rbac.authorization.k8s.io \"crb\" is forbidden: "
                + "user \"bob\" (groups=[\"devs\" \"system:authenticated\"]) is attempting to grant RBAC permissions "
                + "not currently held:\n{APIGroups:[\"\"], Resources:[\"pods\"], Verbs:[\"get\"]}");
        assertThat(error.status().details().group()).isEqualTo(RBAC);
        assertThat(error.status().details().kind()).isEqualTo("clusterrolebindings");
        assertThat(error.status().details().name()).isEqualTo("crb");
    }

    @Test
    void theSubjectsOfABindingAreIrrelevantToTheCheck() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false)
                .stores("roles", "dev", "pod-reader", role("pod-reader", "dev", GET_PODS))
                .holds("bob", "dev", List.of(GET_PODS));
        var binding = binding("rb", "dev", "Role", "pod-reader");
        binding.withArray("subjects").addObject().put("kind", "Group").put("apiGroup", RBAC).put("name", "system:masters");

        fixture.plugin().admit(fixture.create("rolebindings", "dev", binding, BOB));
    }

    @Test
    void anUpdateChangingOnlyFinalizersIsNeverAnEscalation() {
        EscalationFixture fixture = new EscalationFixture(attributes -> false);
        var old = binding("rb", "dev", "Role", "missing");
        var updated = old.deepCopy();
        updated.withObject("metadata").putArray("finalizers").add("example.com/keep");

        fixture.plugin().admit(fixture.update("rolebindings", "dev", updated, old, BOB));
    }
}
