package dev.rbaclab.cluster.rbac;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The source descriptions that follow "RBAC: allowed by" — {@code clusterRoleBindingDescriber},
 * {@code roleBindingDescriber} and {@code describeSubject} of kubernetes/kubernetes
 * {@code pkg/registry/rbac/validation/rule.go}. rule_test.go has no table for them, so these cases are derived
 * from the Go format strings: {@code ClusterRoleBinding %q of %s %q to %s}, {@code RoleBinding %q} of
 * {@code name/namespace}, and a ServiceAccount named {@code name/namespace} with the namespace defaulted to the
 * binding's (empty for a ClusterRoleBinding).
 */
class BindingDescriptionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("cluster role binding to a group",
                        crb("system:discovery", "system:discovery"), group("system:authenticated"),
                        "ClusterRoleBinding \"system:discovery\" of ClusterRole \"system:discovery\" to Group \"system:authenticated\""),
                arguments("role binding of a cluster role to a user names the binding name/namespace",
                        rb("dev", "alice-view", "ClusterRole", "view"), user("alice"),
                        "RoleBinding \"alice-view/dev\" of ClusterRole \"view\" to User \"alice\""),
                arguments("role binding of a role",
                        rb("dev", "read-pods", "Role", "pod-reader"), serviceAccount("dev", "builder"),
                        "RoleBinding \"read-pods/dev\" of Role \"pod-reader\" to ServiceAccount \"builder/dev\""),
                arguments("service account without namespace takes the role binding's namespace",
                        rb("dev", "read-pods", "Role", "pod-reader"), serviceAccount("", "builder"),
                        "RoleBinding \"read-pods/dev\" of Role \"pod-reader\" to ServiceAccount \"builder/dev\""),
                arguments("service account of another namespace keeps its own",
                        rb("dev", "read-pods", "Role", "pod-reader"), serviceAccount("ci", "builder"),
                        "RoleBinding \"read-pods/dev\" of Role \"pod-reader\" to ServiceAccount \"builder/ci\""),
                arguments("service account in a cluster role binding",
                        crb("system:controller:job-controller", "system:controller:job-controller"),
                        serviceAccount("kube-system", "job-controller"),
                        "ClusterRoleBinding \"system:controller:job-controller\" of ClusterRole "
                                + "\"system:controller:job-controller\" to ServiceAccount \"job-controller/kube-system\""),
                arguments("service account without namespace in a cluster role binding gets an empty one",
                        crb("odd", "view"), serviceAccount("", "builder"),
                        "ClusterRoleBinding \"odd\" of ClusterRole \"view\" to ServiceAccount \"builder/\""),
                arguments("names are Go-quoted",
                        rb("dev", "quote\"d", "ClusterRole", "view"), user("a\"b\\c"),
                        "RoleBinding \"quote\\\"d/dev\" of ClusterRole \"view\" to User \"a\\\"b\\\\c\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void describesTheSourceOfAnAllow(String name, Binding binding, Subject subject, String expected) {
        assertThat(binding.describe(subject)).isEqualTo(expected);
    }

    private static Binding crb(String name, String clusterRole) {
        return new Binding("", name, new RoleRef("rbac.authorization.k8s.io", "ClusterRole", clusterRole), List.of());
    }

    private static Binding rb(String namespace, String name, String kind, String role) {
        return new Binding(namespace, name, new RoleRef("rbac.authorization.k8s.io", kind, role), List.of());
    }

    private static Subject user(String name) {
        return new Subject(Subject.USER, "rbac.authorization.k8s.io", name, "");
    }

    private static Subject group(String name) {
        return new Subject(Subject.GROUP, "rbac.authorization.k8s.io", name, "");
    }

    private static Subject serviceAccount(String namespace, String name) {
        return new Subject(Subject.SERVICE_ACCOUNT, "", name, namespace);
    }
}
