package dev.rbaclab.kubectlit;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book's section 12.2.3 end to end with the real kubectl: pods with a kubectl-proxy ambassador in namespaces
 * foo and bar, the Role service-reader, the RoleBinding test, and {@code kubectl edit} adding bar's ServiceAccount.
 */
class BookFlowKubectlTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @BeforeAll
    static void needsKubectl() {
        Assumptions.assumeTrue(KubectlRunner.available(), "the real kubectl is not installed here");
    }

    @Test
    void aRoleBindingLetsThePodsServiceAccountListServicesAcrossNamespaces() throws Exception {
        SandboxCreated sandbox = lab.get().newSandbox();
        RealKubectl kubectl = new RealKubectl(lab.get(), sandbox);
        expect(kubectl.run("create", "ns", "foo"), 0, "namespace/foo created\n");
        expect(kubectl.run("create", "ns", "bar"), 0, "namespace/bar created\n");
        expect(kubectl.run("run", "test", "--image=luksa/kubectl-proxy", "-n", "foo"), 0, "pod/test created\n");
        expect(kubectl.run("run", "test", "--image=luksa/kubectl-proxy", "-n", "bar"), 0, "pod/test created\n");

        KubectlRunner.Result denied = kubectl.run("exec", "test", "-n", "foo", "--", "curl", "localhost:8001/api/v1/namespaces/foo/services");
        assertThat(denied.exitCode()).as(denied.toString()).isZero();
        assertThat(denied.stdout()).isEqualTo("""
                {
                  "kind": "Status",
                  "apiVersion": "v1",
                  "metadata": {},
                  "status": "Failure",
                  "message": "services is forbidden: User \\"system:serviceaccount:foo:default\\" cannot list resource \\"services\\" in API group \\"\\" in the namespace \\"foo\\"",
                  "reason": "Forbidden",
                  "details": {
                    "kind": "services"
                  },
                  "code": 403
                }
                """);

        expect(kubectl.run("create", "role", "service-reader", "--verb=get", "--verb=list", "--resource=services", "-n", "foo"),
                0, "role.rbac.authorization.k8s.io/service-reader created\n");
        expect(kubectl.run("create", "rolebinding", "test", "--role=service-reader", "--serviceaccount=foo:default", "-n", "foo"),
                0, "rolebinding.rbac.authorization.k8s.io/test created\n");
        KubectlRunner.Result allowed = kubectl.run("exec", "test", "-n", "foo", "--", "curl", "localhost:8001/api/v1/namespaces/foo/services");
        assertThat(allowed.stdout()).startsWith("{\n  \"kind\": \"ServiceList\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {\n    \"resourceVersion\": \"")
                .endsWith("\"items\": []\n}\n");

        KubectlRunner.Result fromBar = kubectl.run("exec", "test", "-n", "bar", "--", "curl", "localhost:8001/api/v1/namespaces/foo/services");
        assertThat(fromBar.stdout()).contains("User \\\"system:serviceaccount:bar:default\\\" cannot list resource \\\"services\\\"");

        // kubectl edit with an editor that adds bar's ServiceAccount to the subjects, as the book does by hand
        Path editor = kubectl.file("editor.sh", "#!/bin/sh\nsed -i 's/^subjects:$/subjects:\\n- kind: ServiceAccount\\n  name: default\\n  namespace: bar/' \"$1\"\n");
        java.nio.file.Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwxr-xr-x"));
        kubectl.env("KUBE_EDITOR", editor.toString());
        expect(kubectl.run("edit", "rolebinding", "test", "-n", "foo"), 0, "rolebinding.rbac.authorization.k8s.io/test edited\n");
        KubectlRunner.Result wide = kubectl.run("get", "rolebinding", "test", "-n", "foo", "-o", "wide");
        assertThat(RealKubectl.normalize(wide.stdout())).isEqualTo(
                "NAME   ROLE                  AGE   USERS   GROUPS   SERVICEACCOUNTS\n"
                        + "test   Role/service-reader   <age>                     bar/default, foo/default\n");
        KubectlRunner.Result nowFromBar = kubectl.run("exec", "test", "-n", "bar", "--", "curl", "localhost:8001/api/v1/namespaces/foo/services");
        assertThat(nowFromBar.stdout()).contains("\"kind\": \"ServiceList\"");
    }

    @Test
    void insideThePodTheTokenFilesAndCurlBehaveAsInTheBook() {
        SandboxCreated sandbox = lab.get().newSandbox();
        RealKubectl kubectl = new RealKubectl(lab.get(), sandbox);
        kubectl.run("run", "curl", "--image=curlimages/curl");
        expect(kubectl.run("exec", "curl", "--", "ls", "/var/run/secrets/kubernetes.io/serviceaccount"), 0, "ca.crt\nnamespace\ntoken\n");
        expect(kubectl.run("exec", "curl", "--", "cat", "/var/run/secrets/kubernetes.io/serviceaccount/namespace"), 0, "default");
        KubectlRunner.Result untrusted = kubectl.run("exec", "curl", "--", "curl", "https://kubernetes");
        assertThat(untrusted.exitCode()).isEqualTo(60);
        assertThat(untrusted.stderr()).startsWith("curl: (60) SSL certificate problem: unable to get local issuer certificate\n")
                .endsWith("command terminated with exit code 60\n");
        String script = """
                export CURL_CA_BUNDLE=/var/run/secrets/kubernetes.io/serviceaccount/ca.crt
                TOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)
                curl -s -H "Authorization: Bearer $TOKEN" https://kubernetes/version | head -3
                curl -s https://kubernetes/api | grep -c forbidden
                """;
        KubectlRunner.Result inside = kubectl.runWithInput(script, "exec", "-i", "curl", "--", "sh");
        assertThat(inside.stdout()).isEqualTo("{\n  \"major\": \"1\",\n  \"minor\": \"32\",\n1\n");
        KubectlRunner.Result unknown = kubectl.run("exec", "curl", "--", "sh", "-c", "frobnicate");
        assertThat(unknown.stderr()).isEqualTo("sh: frobnicate: not found\ncommand terminated with exit code 127\n");
        assertThat(unknown.exitCode()).isEqualTo(127);
    }

    private static void expect(KubectlRunner.Result result, int exit, String stdout) {
        assertThat(result.stdout()).as(result.toString()).isEqualTo(stdout);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exit);
    }
}
