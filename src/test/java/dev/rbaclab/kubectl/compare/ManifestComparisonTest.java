package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/** {@code create -f}, {@code apply} and {@code delete}: the console against the real kubectl. */
class ManifestComparisonTest {

    static final String SA = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: applied
              labels:
                app: demo
            """;
    static final String SA_CHANGED = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: applied
              labels:
                app: demo2
                tier: x
            automountServiceAccountToken: false
            """;
    static final String SA_LABEL_REMOVED = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: applied
            """;
    static final String RBAC = """
            apiVersion: v1
            kind: Namespace
            metadata:
              name: foo
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: service-reader
              namespace: foo
            rules:
            - apiGroups: [""]
              resources: ["services"]
              verbs: ["get", "list"]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: test
              namespace: foo
            subjects:
            - kind: ServiceAccount
              name: default
              namespace: foo
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: Role
              name: service-reader
            """;
    static final String ROLE_CHANGED = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: service-reader
              namespace: foo
            rules:
            - apiGroups: [""]
              resources: ["services", "pods"]
              verbs: ["get", "list", "watch"]
            """;
    static final String LIST = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ServiceAccount
              metadata:
                name: one
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: two
              data:
                key: value
            """;
    static final String INVALID = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: Foo_Bad
            """;
    static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: curl
            spec:
              serviceAccountName: default
              containers:
              - name: main
                image: curlimages/curl
                command: ["sleep", "9999999"]
            """;
    static final String IN_OTHER_NAMESPACE = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: elsewhere
              namespace: other
            """;

    static List<ComparisonCase> cases() {
        return List.of(
                named("create from a file").file("sa.yaml", SA).run("create -f sa.yaml", "create -f sa.yaml").build(),
                named("create from a file as yaml").file("sa.yaml", SA).run("create -f sa.yaml -o yaml").build(),
                named("create with a client dry run").file("sa.yaml", SA)
                        .run("create -f sa.yaml --dry-run=client", "create -f sa.yaml --dry-run=client -o yaml", "get sa applied").build(),
                named("create with a server dry run").file("sa.yaml", SA)
                        .run("create -f sa.yaml --dry-run=server", "get sa applied").build(),
                named("create several documents").file("rbac.yaml", RBAC)
                        .run("create -f rbac.yaml", "get role,rolebinding -n foo").build(),
                named("create a List").file("list.yaml", LIST).run("create -f list.yaml", "get sa,cm").build(),
                named("create from stdin").runWithStdin("create -f -", SA).build(),
                named("create an invalid object").file("bad.yaml", INVALID).run("create -f bad.yaml").build(),
                named("create from a missing file").run("create -f nope.yaml").build(),
                named("create in a namespace that does not exist").file("other.yaml", IN_OTHER_NAMESPACE)
                        .run("create -f other.yaml").build(),
                named("create with a conflicting namespace flag").file("other.yaml", IN_OTHER_NAMESPACE)
                        .run("create -f other.yaml -n foo").build(),
                named("create without a file").run("create").build(),
                named("create a pod").file("pod.yaml", POD).run("create -f pod.yaml", "get pod curl").build(),
                named("create denied").file("sa.yaml", SA).run("--context alice create -f sa.yaml").build(),
                named("apply creates, keeps and changes").file("sa.yaml", SA).file("sa2.yaml", SA_CHANGED)
                        .file("sa3.yaml", SA_LABEL_REMOVED)
                        .run("apply -f sa.yaml", "apply -f sa.yaml", "apply -f sa2.yaml", "get sa applied -o yaml",
                                "apply -f sa3.yaml", "get sa applied -o yaml").build(),
                named("apply with output").file("sa.yaml", SA).run("apply -f sa.yaml -o yaml", "apply -f sa.yaml -o name").build(),
                named("apply several documents").file("rbac.yaml", RBAC).file("role.yaml", ROLE_CHANGED)
                        .run("apply -f rbac.yaml", "apply -f role.yaml", "get role service-reader -n foo -o yaml",
                                "apply -f rbac.yaml").build(),
                named("apply a directory").file("manifests/a.yaml", SA).file("manifests/b.yaml", LIST)
                        .run("apply -f manifests/", "delete -f manifests/").build(),
                named("apply to an object created without apply").file("sa.yaml", SA).setup("create sa applied")
                        .run("apply -f sa.yaml").build(),
                named("apply with dry runs").file("sa.yaml", SA)
                        .run("apply -f sa.yaml --dry-run=client", "apply -f sa.yaml --dry-run=server", "get sa applied").build(),
                named("apply server-side").file("sa.yaml", SA).run("apply --server-side -f sa.yaml").build(),
                named("apply denied").file("sa.yaml", SA).run("--context alice apply -f sa.yaml").build(),
                named("apply an invalid object").file("bad.yaml", INVALID).run("apply -f bad.yaml").build(),
                named("delete from a file").file("sa.yaml", SA).setup("apply -f sa.yaml")
                        .run("delete -f sa.yaml", "delete -f sa.yaml").build(),
                named("delete by name").setup("create sa one", "create sa two")
                        .run("delete sa one", "delete sa two nope", "delete serviceaccount/nope --ignore-not-found").build(),
                named("delete all of a kind").setup("create ns foo", "create sa one -n foo", "create sa two -n foo")
                        .run("delete sa --all -n foo", "delete sa --all -n foo").build(),
                named("delete by label").setup("create sa one", "label sa one app=x").run("delete sa -l app=x", "delete sa -l app=x").build(),
                named("delete a namespace").setup("create ns gone").run("delete ns gone", "get ns gone").build(),
                named("delete with a dry run").setup("create sa keep").run("delete sa keep --dry-run=client",
                        "delete sa keep --dry-run=server", "get sa keep").build(),
                named("delete without a name").run("delete sa", "delete").build(),
                named("delete denied").run("--context alice delete sa default").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
