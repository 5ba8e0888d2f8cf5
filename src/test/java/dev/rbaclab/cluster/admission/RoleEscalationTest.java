package dev.rbaclab.cluster.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.rbaclab.cluster.admission.EscalationFixture.RBAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may create and update Roles and ClusterRoles, ported from kubernetes/kubernetes
 * {@code pkg/registry/rbac/role/policybased/storage_test.go} and
 * {@code pkg/registry/rbac/clusterrole/policybased/storage_test.go}, {@code TestEscalation}: superuser (system:masters)
 * is allowed without an authorizer call; bob is asked about {@code escalate}, refused, holds nothing, and is forbidden;
 * steve is allowed the {@code escalate} verb; alice holds {@code *} on everything through a ClusterRoleBinding.
 * The role grants get on pods. As in Go, the update's old object is empty, so it is never a garbage-collector-only
 * change.
 */
class RoleEscalationTest {

    private static final PolicyRule GET_PODS = PolicyRule.resource(List.of("get"), List.of(""), List.of("pods"));
    private static final PolicyRule EVERYTHING = PolicyRule.resource(List.of("*"), List.of("*"), List.of("*"));

    static Stream<Arguments> cases() {
        return Stream.of("roles", "clusterroles").flatMap(resource -> Stream.of(
                arguments(resource + ": superuser", resource,
                        UserInfo.of("superuser", UserInfo.MASTERS), false, true),
                arguments(resource + ": bob", resource, UserInfo.of("bob"), true, false),
                arguments(resource + ": steve", resource, UserInfo.of("steve"), true, true),
                arguments(resource + ": alice", resource, UserInfo.of("alice"), true, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void createChecksEscalation(String name, String resource, UserInfo user, boolean expectAuthz, boolean expectAllowed) {
        EscalationFixture fixture = fixture();
        String namespace = resource.equals("roles") ? "myns" : "";

        ApiException error = catchThrowableOfType(ApiException.class, () -> fixture.plugin()
                .admit(fixture.create(resource, namespace, EscalationFixture.role("myrole", namespace, GET_PODS), user)));

        assertOutcome(error, expectAllowed);
        assertThat(!fixture.authorizerCalls.isEmpty()).as("authorizer asked").isEqualTo(expectAuthz);
        // RoleEscalationAuthorized: on create requestInfo.Name is empty
        fixture.authorizerCalls.forEach(call -> assertEscalateQuestion(call, resource, namespace, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void updateChecksEscalation(String name, String resource, UserInfo user, boolean expectAuthz, boolean expectAllowed) {
        EscalationFixture fixture = fixture();
        String namespace = resource.equals("roles") ? "myns" : "";
        ObjectNode role = EscalationFixture.role("myrole", namespace, GET_PODS);
        ObjectNode emptyOld = EscalationFixture.role("", namespace);

        ApiException error = catchThrowableOfType(ApiException.class, () -> fixture.plugin()
                .admit(fixture.update(resource, namespace, role, emptyOld, user)));

        assertOutcome(error, expectAllowed);
        assertThat(!fixture.authorizerCalls.isEmpty()).as("authorizer asked").isEqualTo(expectAuthz);
        fixture.authorizerCalls.forEach(call -> assertEscalateQuestion(call, resource, namespace, "myrole"));
    }

    /** steve may escalate; alice holds everything through a ClusterRoleBinding ("" namespace) — so in myns too. */
    private static EscalationFixture fixture() {
        return new EscalationFixture(attributes -> attributes.user().name().equals("steve"))
                .holds("alice", "", List.of(EVERYTHING))
                .holds("alice", "myns", List.of(EVERYTHING));
    }

    private static void assertOutcome(ApiException error, boolean expectAllowed) {
        if (expectAllowed) {
            assertThat(error).isNull();
        } else {
            assertThat(error).isNotNull();
            assertThat(error.code()).isEqualTo(403);
            assertThat(error.reason()).isEqualTo("Forbidden");
        }
    }

    /** The attributes RoleEscalationAuthorized (escalation_check.go) asks about. */
    private static void assertEscalateQuestion(Attributes call, String resource, String namespace, String name) {
        assertThat(call.verb()).isEqualTo("escalate");
        assertThat(call.apiGroup()).isEqualTo(RBAC);
        assertThat(call.apiVersion()).isEqualTo("*");
        assertThat(call.resource()).isEqualTo(resource);
        assertThat(call.namespace()).isEqualTo(namespace);
        assertThat(call.name()).isEqualTo(name);
        assertThat(call.resourceRequest()).isTrue();
    }
}
