package dev.rbaclab.cluster.rbac;

import dev.rbaclab.cluster.api.UserInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which subject of a binding applies to a user, ported from kubernetes/kubernetes
 * {@code pkg/registry/rbac/validation/rule_test.go}, {@code TestAppliesTo} (the rbacv1 version that also checks the
 * index of the first matching subject, which names the subject in RBAC's "allowed by" reason).
 * {@code appliesTo(user, subjects, namespace)} is {@link Binding#subjectFor} on a binding in that namespace.
 */
class SubjectAppliesToTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("single subject that matches username",
                        List.of(user("foobar")), UserInfo.of("foobar"), "", true, 0),
                arguments("multiple subjects, one that matches username",
                        List.of(user("barfoo"), user("foobar")), UserInfo.of("foobar"), "", true, 1),
                arguments("multiple subjects, none that match username",
                        List.of(user("barfoo"), user("foobar")), UserInfo.of("zimzam"), "", false, 0),
                arguments("multiple subjects, one that match group",
                        List.of(user("barfoo"), group("foobar")), UserInfo.of("zimzam", "foobar"), "", true, 1),
                arguments("multiple subjects, one that match group, should ignore namespace",
                        List.of(user("barfoo"), group("foobar")), UserInfo.of("zimzam", "foobar"), "namespace1", true, 1),
                arguments("multiple subjects with a service account that matches",
                        List.of(user("barfoo"), group("foobar"), serviceAccount("kube-system", "default")),
                        UserInfo.of("system:serviceaccount:kube-system:default"), "default", true, 2),
                arguments("* user subject name doesn't match all users",
                        List.of(user("*")), UserInfo.of("foobar"), "default", false, 0),
                arguments("binding to all authenticated and unauthenticated subjects matches authenticated user",
                        List.of(group(UserInfo.AUTHENTICATED), group(UserInfo.UNAUTHENTICATED)),
                        UserInfo.of("foobar", UserInfo.AUTHENTICATED), "default", true, 0),
                arguments("binding to all authenticated and unauthenticated subjects matches anonymous user",
                        List.of(group(UserInfo.AUTHENTICATED), group(UserInfo.UNAUTHENTICATED)),
                        new UserInfo(UserInfo.ANONYMOUS, "", List.of(UserInfo.UNAUTHENTICATED), Map.of()), "default",
                        true, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheFirstSubjectThatApplies(String name, List<Subject> subjects, UserInfo user, String namespace,
                                         boolean appliesTo, int index) {
        Binding binding = new Binding(namespace, "binding", new RoleRef("rbac.authorization.k8s.io", "Role", "r"),
                subjects);

        Subject subject = binding.subjectFor(user);

        assertThat(subject != null).as("appliesTo").isEqualTo(appliesTo);
        if (appliesTo) {
            assertThat(subjects.indexOf(subject)).as("index").isEqualTo(index);
        }
    }

    private static Subject user(String name) {
        return new Subject(Subject.USER, "", name, "");
    }

    private static Subject group(String name) {
        return new Subject(Subject.GROUP, "", name, "");
    }

    private static Subject serviceAccount(String namespace, String name) {
        return new Subject(Subject.SERVICE_ACCOUNT, "", name, namespace);
    }
}
