package dev.rbaclab.kubectlit;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's commands with the kubectl each sandbox version selects: the kubectl on the PATH is a dispatcher
 * that runs kubectl.1.NN for the server's minor version, so a sandbox reporting v1.29 is driven by kubectl 1.29 —
 * JSON bodies up to 1.31, protobuf bodies from 1.32 on; exec over SPDY up to 1.29, WebSocket from 1.30 on.
 */
class KubectlVersionMatrixTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @BeforeAll
    static void needsKubectl() {
        Assumptions.assumeTrue(KubectlRunner.available(), "the real kubectl is not installed here");
    }

    @ParameterizedTest(name = "kubectl for {0}")
    @ValueSource(strings = {"v1.27.16", "v1.28.15", "v1.29.14", "v1.31.9", "v1.32.4", "v1.33.1"})
    void theChaptersCommandsBehaveTheSame(String version) {
        SandboxCreated sandbox = lab.get().newSandbox(version);
        RealKubectl kubectl = new RealKubectl(lab.get(), sandbox);
        boolean kubectl127 = version.startsWith("v1.27.");
        if (kubectl127) {
            // kubectl 1.27 still prints version.Info structs by default; --short became the default in 1.28
            assertThat(kubectl.run("version").stdout()).contains("Server Version: version.Info{Major:\"1\", Minor:\"27\", "
                    + "GitVersion:\"" + version + "\"");
        } else {
            assertThat(kubectl.run("version").stdout()).contains("Server Version: " + version + "\n");
        }
        expect(kubectl.run("create", "namespace", "foo"), "namespace/foo created\n");
        expect(kubectl.run("create", "serviceaccount", "foo", "-n", "foo"), "serviceaccount/foo created\n");
        assertThat(RealKubectl.normalize(kubectl.run("get", "sa", "-n", "foo").stdout()))
                .isEqualTo("NAME      SECRETS   AGE\ndefault   0         <age>\nfoo       0         <age>\n");
        expect(kubectl.run("create", "role", "service-reader", "--verb=get", "--verb=list", "--resource=services", "-n", "foo"),
                "role.rbac.authorization.k8s.io/service-reader created\n");
        expect(kubectl.run("create", "rolebinding", "test", "--role=service-reader", "--serviceaccount=foo:default", "-n", "foo"),
                "rolebinding.rbac.authorization.k8s.io/test created\n");
        expect(kubectl.run("auth", "can-i", "list", "services", "-n", "foo", "--as=system:serviceaccount:foo:default"), "yes\n");
        KubectlRunner.Result no = kubectl.run("auth", "can-i", "list", "pods", "-n", "foo", "--as=system:serviceaccount:foo:default");
        assertThat(no.stdout()).isEqualTo("no\n");
        assertThat(no.exitCode()).isEqualTo(1);
        // kubectl 1.27 asks for SelfSubjectReview in authentication.k8s.io/v1alpha1 or v1beta1 only; the lab serves it
        // in v1 (GA since 1.28), so 1.27 answers "the selfsubjectreviews API is not enabled in the cluster"
        if (!kubectl127) {
            assertThat(kubectl.run("auth", "whoami").stdout()).isEqualTo(
                    "ATTRIBUTE   VALUE\nUsername    kubernetes-admin\nGroups      [system:masters system:authenticated]\n");
        }
        assertThat(kubectl.run("create", "token", "foo", "-n", "foo").stdout()).startsWith("eyJhbGciOiJSUzI1NiIsImtpZCI6");
        expect(kubectl.run("run", "test", "--image=luksa/kubectl-proxy", "-n", "foo"), "pod/test created\n");
        assertThat(kubectl.run("exec", "test", "-n", "foo", "--", "curl", "-s", "localhost:8001/api/v1/namespaces/foo/services")
                .stdout()).contains("\"kind\": \"ServiceList\"");
        assertThat(kubectl.run("describe", "sa", "foo", "-n", "foo").stdout()).startsWith("Name:                foo\n"
                + "Namespace:           foo\n");
        KubectlRunner.Result forbidden = kubectl.run("get", "pods", "-n", "foo", "--as=system:serviceaccount:foo:default");
        assertThat(forbidden.stderr()).isEqualTo("Error from server (Forbidden): pods is forbidden: User "
                + "\"system:serviceaccount:foo:default\" cannot list resource \"pods\" in API group \"\" in the namespace \"foo\"\n");
        expect(kubectl.run("delete", "sa", "foo", "-n", "foo"), "serviceaccount \"foo\" deleted\n");
    }

    private static void expect(KubectlRunner.Result result, String stdout) {
        assertThat(result.stdout()).as(result.toString()).isEqualTo(stdout);
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }
}
