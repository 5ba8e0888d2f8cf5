package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Decision;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RoleRef;
import dev.rbaclab.cluster.rbac.Subject;
import dev.rbaclab.explain.Explanation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The RBAC authorizer over a fixed policy, ported from kubernetes/kubernetes
 * {@code plugin/pkg/auth/authorizer/rbac/rbac_test.go}, {@code TestAuthorizer} (v1.31+ version, the one whose
 * fourth case adds {@code * /scale}). The Go cases are unnamed ("case 0".."case 3"); each of their shouldPass and
 * shouldFail requests is one JUnit case here.
 *
 * <p>Go only checks the decision. This port also checks the reason, as rbac.go builds it: "RBAC: allowed by" and the
 * binding describer of rule.go. The Go test's bindings have no names (newRoleBinding and newClusterRoleBinding set
 * none), so the reasons read {@code RoleBinding "/ns1"} and {@code ClusterRoleBinding ""}. A denial here has no
 * role-resolution error, so its reason is empty.
 *
 * <p>The Go helpers build rules with strings.Split on every field, so {@code newRule("get", "", "", "/apis")} is a
 * rule with apiGroups [""], resources [""] and nonResourceURLs ["/apis"]; and a request's groups string "" is the
 * one-element list [""]. Both quirks are kept.
 */
class RbacAuthorizerTest {

    private record Policy(List<Binding> clusterRoleBindings, List<Binding> roleBindings,
                          Map<String, List<PolicyRule>> clusterRoles) {
        RbacAuthorizer authorizer() {
            RbacPolicy policy = new RbacPolicy(clusterRoleBindings, roleBindings, clusterRoles, Map.of());
            return new RbacAuthorizer(() -> policy);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();

        Policy case0 = new Policy(List.of(),
                List.of(roleBinding("ns1", "admin", "User:admin", "Group:admins")),
                Map.of("admin", List.of(newRule("*", "*", "*", "*"))));
        String byAdminUser = "RBAC: allowed by RoleBinding \"/ns1\" of ClusterRole \"admin\" to User \"admin\"";
        String byAdminsGroup = "RBAC: allowed by RoleBinding \"/ns1\" of ClusterRole \"admin\" to Group \"admins\"";
        pass(cases, "case 0", case0, attrs("admin", "", "get", "Pods", "", "ns1", ""), byAdminUser);
        pass(cases, "case 0", case0, attrs("admin", "", "watch", "Pods", "", "ns1", ""), byAdminUser);
        pass(cases, "case 0", case0, attrs("admin", "group1", "watch", "Foobar", "", "ns1", ""), byAdminUser);
        pass(cases, "case 0", case0, attrs("joe", "admins", "watch", "Foobar", "", "ns1", ""), byAdminsGroup);
        pass(cases, "case 0", case0, attrs("joe", "group1,admins", "watch", "Foobar", "", "ns1", ""), byAdminsGroup);
        fail(cases, "case 0", case0, attrs("admin", "", "GET", "Pods", "", "ns2", ""));
        fail(cases, "case 0", case0, attrs("admin", "", "GET", "Nodes", "", "", ""));
        fail(cases, "case 0", case0, attrs("admin", "admins", "GET", "Pods", "", "ns2", ""));
        fail(cases, "case 0", case0, attrs("admin", "admins", "GET", "Nodes", "", "", ""));

        // Non-resource-url tests
        Policy case1 = new Policy(
                List.of(clusterRoleBinding("non-resource-url-getter", "User:foo", "Group:bar"),
                        clusterRoleBinding("non-resource-url", "User:admin", "Group:admin"),
                        clusterRoleBinding("non-resource-url-prefix", "User:prefixed", "Group:prefixed")),
                List.of(),
                Map.of("non-resource-url-getter", List.of(newRule("get", "", "", "/apis")),
                        "non-resource-url", List.of(newRule("*", "", "", "/apis")),
                        "non-resource-url-prefix", List.of(newRule("get", "", "", "/apis/*"))));
        pass(cases, "case 1", case1, path(UserInfo.of("foo"), "get", "/apis"), byCrb("non-resource-url-getter", "User \"foo\""));
        pass(cases, "case 1", case1, path(UserInfo.of("", "bar"), "get", "/apis"), byCrb("non-resource-url-getter", "Group \"bar\""));
        pass(cases, "case 1", case1, path(UserInfo.of("admin"), "get", "/apis"), byCrb("non-resource-url", "User \"admin\""));
        pass(cases, "case 1", case1, path(UserInfo.of("", "admin"), "get", "/apis"), byCrb("non-resource-url", "Group \"admin\""));
        pass(cases, "case 1", case1, path(UserInfo.of("admin"), "watch", "/apis"), byCrb("non-resource-url", "User \"admin\""));
        pass(cases, "case 1", case1, path(UserInfo.of("", "admin"), "watch", "/apis"), byCrb("non-resource-url", "Group \"admin\""));
        pass(cases, "case 1", case1, path(UserInfo.of("prefixed"), "get", "/apis/v1"),
                byCrb("non-resource-url-prefix", "User \"prefixed\""));
        pass(cases, "case 1", case1, path(UserInfo.of("", "prefixed"), "get", "/apis/v1"),
                byCrb("non-resource-url-prefix", "Group \"prefixed\""));
        pass(cases, "case 1", case1, path(UserInfo.of("prefixed"), "get", "/apis/v1/foobar"),
                byCrb("non-resource-url-prefix", "User \"prefixed\""));
        pass(cases, "case 1", case1, path(UserInfo.of("", "prefixed"), "get", "/apis/v1/foorbar"),
                byCrb("non-resource-url-prefix", "Group \"prefixed\""));
        // wrong verb
        fail(cases, "case 1", case1, path(UserInfo.of("foo"), "watch", "/apis"));
        fail(cases, "case 1", case1, path(UserInfo.of("", "bar"), "watch", "/apis"));
        // wrong path
        fail(cases, "case 1", case1, path(UserInfo.of("foo"), "get", "/api/v1"));
        fail(cases, "case 1", case1, path(UserInfo.of("", "bar"), "get", "/api/v1"));
        fail(cases, "case 1", case1, path(UserInfo.of("admin"), "get", "/api/v1"));
        fail(cases, "case 1", case1, path(UserInfo.of("", "admin"), "get", "/api/v1"));
        // not covered by prefix
        fail(cases, "case 1", case1, path(UserInfo.of("prefixed"), "get", "/api/v1"));
        fail(cases, "case 1", case1, path(UserInfo.of("", "prefixed"), "get", "/api/v1"));

        // test subresource resolution
        Policy case2 = new Policy(List.of(), List.of(roleBinding("ns1", "admin", "User:admin", "Group:admins")),
                Map.of("admin", List.of(newRule("*", "*", "pods", "*"))));
        pass(cases, "case 2", case2, attrs("admin", "", "get", "pods", "", "ns1", ""), byAdminUser);
        fail(cases, "case 2", case2, attrs("admin", "", "get", "pods", "status", "ns1", ""));

        // test subresource resolution
        Policy case3 = new Policy(List.of(), List.of(roleBinding("ns1", "admin", "User:admin", "Group:admins")),
                Map.of("admin", List.of(newRule("*", "*", "pods/status", "*"), newRule("*", "*", "*/scale", "*"))));
        pass(cases, "case 3", case3, attrs("admin", "", "get", "pods", "status", "ns1", ""), byAdminUser);
        pass(cases, "case 3", case3, attrs("admin", "", "get", "pods", "scale", "ns1", ""), byAdminUser);
        pass(cases, "case 3", case3, attrs("admin", "", "get", "deployments", "scale", "ns1", ""), byAdminUser);
        pass(cases, "case 3", case3, attrs("admin", "", "get", "anything", "scale", "ns1", ""), byAdminUser);
        fail(cases, "case 3", case3, attrs("admin", "", "get", "pods", "", "ns1", ""));

        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesWithTheReasonRbacGives(String name, Policy policy, Attributes request, Decision decision,
                                       String reason) {
        AuthorizationResult result = policy.authorizer().authorize(request, Explanation.discard());

        assertThat(result.decision()).isEqualTo(decision);
        assertThat(result.reason()).isEqualTo(reason);
    }

    /** The recording path (used for explanations) must reach the same decision and reason. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainsTheSameDecision(String name, Policy policy, Attributes request, Decision decision, String reason) {
        AuthorizationResult result = policy.authorizer().authorize(request, new Explanation());

        assertThat(result.decision()).isEqualTo(decision);
        assertThat(result.reason()).isEqualTo(reason);
    }

    private static void pass(List<Arguments> cases, String goCase, Policy policy, Attributes request, String reason) {
        cases.add(arguments(goCase + ": allows " + describe(request), policy, request, Decision.ALLOW, reason));
    }

    private static void fail(List<Arguments> cases, String goCase, Policy policy, Attributes request) {
        cases.add(arguments(goCase + ": restricts " + describe(request), policy, request, Decision.NO_OPINION, ""));
    }

    private static String byCrb(String roleName, String subject) {
        return "RBAC: allowed by ClusterRoleBinding \"\" of ClusterRole \"" + roleName + "\" to " + subject;
    }

    /** defaultAttributes{user, groups, verb, resource, subresource, namespace, apiGroup}: a named-less resource request. */
    private static Attributes attrs(String user, String groups, String verb, String resource, String subresource,
                                    String namespace, String apiGroup) {
        UserInfo info = new UserInfo(user, "", Arrays.asList(groups.split(",", -1)), Map.of());
        return new Attributes(info, verb, namespace, apiGroup, "", resource, subresource, "", true, "");
    }

    private static Attributes path(UserInfo user, String verb, String path) {
        return Attributes.nonResource(user, verb, path);
    }

    private static String describe(Attributes a) {
        String who = "user=(" + a.user().name() + ") groups=(" + a.user().groups() + ")";
        if (!a.resourceRequest()) {
            return who + " " + a.verb() + " " + a.path();
        }
        return who + " " + a.verb() + " " + a.resourceWithSubresource()
                + (a.namespace().isEmpty() ? " cluster-wide" : " in " + a.namespace());
    }

    /** newRule of rbac_test.go: every field is strings.Split on ",". */
    static PolicyRule newRule(String verbs, String apiGroups, String resources, String nonResourceURLs) {
        return new PolicyRule(split(verbs), split(apiGroups), split(resources), List.of(), split(nonResourceURLs));
    }

    private static List<String> split(String value) {
        return Arrays.asList(value.split(",", -1));
    }

    /** newRoleBinding(namespace, roleName, bindToClusterRole, subjects...): no name, as in the Go helper. */
    private static Binding roleBinding(String namespace, String clusterRole, String... subjects) {
        return new Binding(namespace, "", new RoleRef(RbacPolicy.RBAC_GROUP, "ClusterRole", clusterRole),
                subjects(subjects));
    }

    private static Binding clusterRoleBinding(String clusterRole, String... subjects) {
        return new Binding("", "", new RoleRef(RbacPolicy.RBAC_GROUP, "ClusterRole", clusterRole), subjects(subjects));
    }

    /** "Kind:name"; User and Group subjects get the RBAC apiGroup, ServiceAccounts none. */
    private static List<Subject> subjects(String... subjects) {
        List<Subject> result = new ArrayList<>();
        for (String subject : subjects) {
            String[] parts = subject.split(":", 2);
            String apiGroup = parts[0].equals(Subject.SERVICE_ACCOUNT) ? "" : RbacPolicy.RBAC_GROUP;
            result.add(new Subject(parts[0], apiGroup, parts[1], ""));
        }
        return result;
    }
}
