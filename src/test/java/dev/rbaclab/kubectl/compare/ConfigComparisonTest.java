package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/**
 * {@code kubectl config ...}: the real kubectl edits its kubeconfig file, the console returns the changed state
 * with each result; later steps show that both changed alike.
 */
class ConfigComparisonTest {

    /** A second kubeconfig in the working directory, for --kubeconfig (its cluster is never contacted). */
    private static final String OTHER_KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
            - name: other
              cluster:
                server: https://other.example:6443
            users:
            - name: ops
              user:
                token: ops-token
            contexts:
            - name: one
              context:
                cluster: other
                user: ops
            - name: two
              context:
                cluster: other
                user: ops
                namespace: kube-system
            current-context: one
            """;

    static List<ComparisonCase> cases() {
        return List.of(
                named("current context").run("config current-context", "config current-context extra").build(),
                named("get-contexts").run("config get-contexts", "config get-contexts -o name",
                        "config get-contexts --no-headers", "config get-contexts alice nope", "config get-contexts -o yaml",
                        "config get-contexts -o foo").build(),
                named("use-context").run("config use-context alice", "config current-context", "get pods",
                        "config use bob", "config get-contexts", "config use-context nope").build(),
                named("set-context namespace of the current context").setup("create ns foo", "run web --image=nginx -n foo")
                        .run("config set-context --current --namespace=foo", "get pods", "config get-contexts",
                                "config view --minify", "config set-context --current --namespace=", "get pods").build(),
                named("set-context create and modify").run("config set-context dev --cluster=c1 --user=alice",
                        "config set-context dev --namespace=team", "config get-contexts dev", "config set-context",
                        "config set-context x --current", "config set-context --current -n foo").build(),
                named("set-credentials and a context for them")
                        .run("config set-credentials carol --token=abc", "config get-users",
                                "config set-credentials carol --token=abc --username=u").build(),
                named("a new context with a service account token").setup("create sa app")
                        .run("config set-credentials app --token=not-a-real-token", "config set-context app-ctx --user=app",
                                "--context app-ctx get pods").build(),
                named("rename and delete contexts").run("config rename-context alice alicia", "config get-contexts -o name",
                        "config rename-context nope x", "config rename-context alicia bob", "config delete-context alicia",
                        "config delete-context nope", "config get-contexts -o name").build(),
                named("delete the current context").run("config use-context bob", "config delete-context bob",
                        "config current-context", "get pods").build(),
                named("delete users and clusters").run("config get-clusters", "config delete-user nope", "config delete-user",
                        "config delete-cluster nope").build(),
                named("view").run("config view", "config view --raw", "config view -o json", "config view --minify -o json",
                        "config view --minify --context bob", "config view -o jsonpath={.users[*].name}",
                        "config view -o name", "config view extra", "config view -o wide").build(),
                named("config group").run("config frob").build(),
                named("--kubeconfig names another file").file("other.yaml", OTHER_KUBECONFIG)
                        .run("--kubeconfig nope get pods", "--kubeconfig other.yaml config get-contexts",
                                "--kubeconfig other.yaml config use-context two", "--kubeconfig other.yaml config current-context",
                                "config current-context", "--kubeconfig=other.yaml config view",
                                "--kubeconfig other.yaml config set-context two --namespace=team",
                                "--kubeconfig other.yaml config get-contexts two").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
