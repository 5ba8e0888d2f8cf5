package dev.rbaclab.kubectlit;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real kubectl on the PATH against a sandbox, with the kubeconfig the lab hands out (TLS verified by the lab's
 * CA): reading the fresh cluster, and create / apply / delete from YAML files. Expected outputs are what a real
 * v1.32 kubeadm cluster prints (ages, timestamps, uids and resourceVersions normalised).
 */
class ChapterBasicsKubectlTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @BeforeAll
    static void needsKubectl() {
        Assumptions.assumeTrue(KubectlRunner.available(), "the real kubectl is not installed here");
    }

    private RealKubectl kubectl() {
        SandboxCreated sandbox = lab.get().newSandbox();
        return new RealKubectl(lab.get(), sandbox);
    }

    @Test
    void getNamespacesListsTheKubeadmNamespaces() {
        KubectlRunner.Result result = kubectl().run("get", "ns");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(RealKubectl.normalize(result.stdout())).isEqualTo("""
                NAME              STATUS   AGE
                default           Active   <age>
                kube-node-lease   Active   <age>
                kube-public       Active   <age>
                kube-system       Active   <age>
                """);
    }

    @Test
    void getServiceAccountsInAllNamespaces() {
        KubectlRunner.Result result = kubectl().run("get", "sa", "-A");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String out = RealKubectl.normalize(result.stdout());
        assertThat(out).startsWith("NAMESPACE         NAME                                          SECRETS   AGE\n"
                + "default           default                                       0         <age>\n"
                + "kube-node-lease   default                                       0         <age>\n"
                + "kube-public       default                                       0         <age>\n"
                + "kube-system       attachdetach-controller                       0         <age>\n");
        assertThat(out).contains("kube-system       default                                       0         <age>\n");
    }

    @Test
    void getTheDefaultServiceAccountAsYaml() {
        KubectlRunner.Result result = kubectl().run("get", "sa", "default", "-o", "yaml");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(RealKubectl.normalize(result.stdout())).isEqualTo("""
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  creationTimestamp: "<time>"
                  name: default
                  namespace: default
                  resourceVersion: "<rv>"
                  uid: <uid>
                """);
    }

    @Test
    void getClusterRolesShowsTheDefaultPolicy() {
        KubectlRunner.Result result = kubectl().run("get", "clusterroles");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String out = RealKubectl.normalize(result.stdout());
        assertThat(out.lines().findFirst().orElseThrow()).matches("NAME\\s+CREATED AT");
        assertThat(out).containsPattern("(?m)^admin\\s+<time>$").containsPattern("(?m)^cluster-admin\\s+<time>$")
                .containsPattern("(?m)^edit\\s+<time>$").containsPattern("(?m)^view\\s+<time>$")
                .containsPattern("(?m)^system:discovery\\s+<time>$").containsPattern("(?m)^system:basic-user\\s+<time>$");
    }

    @Test
    void describeClusterRoleViewShowsTheAggregatedRules() {
        KubectlRunner.Result result = kubectl().run("describe", "clusterrole", "view");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith("""
                Name:         view
                Labels:       kubernetes.io/bootstrapping=rbac-defaults
                              rbac.authorization.k8s.io/aggregate-to-edit=true
                Annotations:  rbac.authorization.kubernetes.io/autoupdate: true
                PolicyRule:
                  Resources                                    Non-Resource URLs  Resource Names  Verbs
                  ---------                                    -----------------  --------------  -----
                  bindings                                     []                 []              [get list watch]
                  configmaps                                   []                 []              [get list watch]
                """);
        assertThat(result.stdout()).contains("  pods/log                                     []                 []              [get list watch]\n")
                .doesNotContain("secrets");
    }

    @Test
    void createApplyAndDeleteAServiceAccountFromYaml() {
        RealKubectl kubectl = kubectl();
        Path file = kubectl.file("sa.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: robot
                  labels:
                    app: demo
                """);
        assertOutput(kubectl.run("create", "-f", file.toString()), 0, "serviceaccount/robot created\n", "");
        KubectlRunner.Result again = kubectl.run("create", "-f", file.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).isEqualTo("Error from server (AlreadyExists): error when creating \"" + file
                + "\": serviceaccounts \"robot\" already exists\n");
        assertOutput(kubectl.run("delete", "-f", file.toString()), 0, "serviceaccount \"robot\" deleted\n", "");
        assertOutput(kubectl.run("apply", "-f", file.toString()), 0, "serviceaccount/robot created\n", "");
        assertOutput(kubectl.run("apply", "-f", file.toString()), 0, "serviceaccount/robot unchanged\n", "");
        kubectl.file("sa.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: robot
                  labels:
                    app: demo2
                automountServiceAccountToken: false
                """);
        assertOutput(kubectl.run("apply", "-f", file.toString()), 0, "serviceaccount/robot configured\n", "");
        KubectlRunner.Result yaml = kubectl.run("get", "sa", "robot", "-o", "yaml");
        assertThat(yaml.stdout()).contains("automountServiceAccountToken: false\n").contains("    app: demo2\n")
                .contains("kubectl.kubernetes.io/last-applied-configuration");
        assertOutput(kubectl.run("delete", "-f", file.toString()), 0, "serviceaccount \"robot\" deleted\n", "");
        KubectlRunner.Result gone = kubectl.run("delete", "-f", file.toString());
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.stderr()).isEqualTo("Error from server (NotFound): error when deleting \"" + file
                + "\": serviceaccounts \"robot\" not found\n");
    }

    @Test
    void createApplyAndDeleteARoleFromYaml() {
        RealKubectl kubectl = kubectl();
        assertOutput(kubectl.run("create", "namespace", "foo"), 0, "namespace/foo created\n", "");
        Path file = kubectl.file("role.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  namespace: foo
                  name: service-reader
                rules:
                - apiGroups: [""]
                  verbs: ["get", "list"]
                  resources: ["services"]
                """);
        assertOutput(kubectl.run("create", "-f", file.toString()), 0, "role.rbac.authorization.k8s.io/service-reader created\n", "");
        assertOutput(kubectl.run("apply", "-f", file.toString()), 0, "role.rbac.authorization.k8s.io/service-reader configured\n",
                "Warning: resource roles/service-reader is missing the kubectl.kubernetes.io/last-applied-configuration "
                        + "annotation which is required by kubectl apply. kubectl apply should only be used on resources "
                        + "created declaratively by either kubectl create --save-config or kubectl apply. The missing "
                        + "annotation will be patched automatically.\n");
        kubectl.file("role.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  namespace: foo
                  name: service-reader
                rules:
                - apiGroups: [""]
                  verbs: ["get", "list", "watch"]
                  resources: ["services", "pods"]
                """);
        assertOutput(kubectl.run("apply", "-f", file.toString()), 0, "role.rbac.authorization.k8s.io/service-reader configured\n", "");
        KubectlRunner.Result describe = kubectl.run("describe", "role", "service-reader", "-n", "foo");
        assertThat(describe.stdout()).contains("""
                PolicyRule:
                  Resources  Non-Resource URLs  Resource Names  Verbs
                  ---------  -----------------  --------------  -----
                  pods       []                 []              [get list watch]
                  services   []                 []              [get list watch]
                """);
        KubectlRunner.Result roles = kubectl.run("get", "roles", "-n", "foo");
        assertThat(RealKubectl.normalize(roles.stdout())).isEqualTo("NAME             CREATED AT\nservice-reader   <time>\n");
        assertOutput(kubectl.run("delete", "-f", file.toString()), 0, "role.rbac.authorization.k8s.io \"service-reader\" deleted\n", "");
        KubectlRunner.Result none = kubectl.run("get", "roles", "-n", "foo");
        assertOutput(none, 0, "", "No resources found in foo namespace.\n");
    }

    @Test
    void aBadTokenIsUnauthorizedWithAWarmDiscoveryCache() {
        RealKubectl kubectl = kubectl();
        kubectl.run("get", "pods");
        KubectlRunner.Result result = kubectl.run("--token", "bogus", "get", "pods");
        assertOutput(result, 1, "", "error: You must be logged in to the server (Unauthorized)\n");
    }

    @Test
    void aBadTokenWithAColdCacheFailsDiscoveryFirst() {
        KubectlRunner.Result result = kubectl().run("--token", "bogus", "get", "pods");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("couldn't get current server API group list: the server has asked for the "
                + "client to provide credentials").endsWith("error: You must be logged in to the server (the server has "
                + "asked for the client to provide credentials)\n");
    }

    @Test
    void aStaticUserIsForbiddenWithTheExactMessage() {
        KubectlRunner.Result result = kubectl().run("--context", "alice", "get", "pods");
        assertOutput(result, 1, "", "Error from server (Forbidden): pods is forbidden: User \"alice\" cannot list "
                + "resource \"pods\" in API group \"\" in the namespace \"default\"\n");
    }

    private static void assertOutput(KubectlRunner.Result result, int exit, String stdout, String stderr) {
        assertThat(result.stdout()).as(result.toString()).isEqualTo(stdout);
        assertThat(result.stderr()).as(result.toString()).isEqualTo(stderr);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exit);
    }
}
