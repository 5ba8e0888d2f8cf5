package dev.rbaclab.kubectlit;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kubectl exec} over SPDY/3.1 with the real kubectl 1.29: the dispatcher runs it for a sandbox reporting
 * v1.29.14, and it has no WebSocket exec (alpha, off by default). The book's commands in a pod, exit codes, piped
 * stdin, a terminal, a refused exec; and kubectl 1.31 told to skip WebSocket takes the same path.
 */
class SpdyExecKubectlTest {

    private static final String VERSION = "v1.29.14";

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @BeforeAll
    static void needsKubectl() {
        Assumptions.assumeTrue(KubectlRunner.available(), "the real kubectl is not installed here");
    }

    @Test
    void listsTheServiceAccountFilesInThePod() {
        RealKubectl kubectl = kubectlWithPod(VERSION, "curlimages/curl");
        expect(kubectl.run("exec", "test", "--", "ls", "/var/run/secrets/kubernetes.io/serviceaccount"), 0,
                "ca.crt\nnamespace\ntoken\n");
        expect(kubectl.run("exec", "test", "--", "cat", "/var/run/secrets/kubernetes.io/serviceaccount/namespace"), 0,
                "default");
    }

    @Test
    void curlsTheApiServerThroughTheKubectlProxyAmbassador() {
        RealKubectl kubectl = kubectlWithPod(VERSION, "luksa/kubectl-proxy");
        KubectlRunner.Result denied = kubectl.run("exec", "test", "--", "curl", "-s", "localhost:8001/api/v1/namespaces/default/services");
        expect(denied, 0, """
                {
                  "kind": "Status",
                  "apiVersion": "v1",
                  "metadata": {},
                  "status": "Failure",
                  "message": "services is forbidden: User \\"system:serviceaccount:default:default\\" cannot list resource \\"services\\" in API group \\"\\" in the namespace \\"default\\"",
                  "reason": "Forbidden",
                  "details": {
                    "kind": "services"
                  },
                  "code": 403
                }
                """);
        kubectl.run("create", "rolebinding", "view", "--clusterrole=view", "--serviceaccount=default:default");
        KubectlRunner.Result allowed = kubectl.run("exec", "test", "--", "curl", "-s", "localhost:8001/api/v1/namespaces/default/services");
        assertThat(allowed.stdout()).as(allowed.toString()).startsWith("{\n  \"kind\": \"ServiceList\",").endsWith("}\n");
    }

    @Test
    void aNonZeroExitEndsKubectlWithTheSameCode() {
        RealKubectl kubectl = kubectlWithPod(VERSION, "curlimages/curl");
        KubectlRunner.Result unknown = kubectl.run("exec", "test", "--", "sh", "-c", "frobnicate");
        assertThat(unknown.stderr()).isEqualTo("sh: frobnicate: not found\ncommand terminated with exit code 127\n");
        assertThat(unknown.exitCode()).isEqualTo(127);
        KubectlRunner.Result untrusted = kubectl.run("exec", "test", "--", "curl", "https://kubernetes");
        assertThat(untrusted.stderr()).startsWith("curl: (60) SSL certificate problem: unable to get local issuer certificate\n")
                .endsWith("command terminated with exit code 60\n");
        assertThat(untrusted.exitCode()).isEqualTo(60);
    }

    @Test
    void aScriptPipedIntoShRunsWithThePodsToken() {
        RealKubectl kubectl = kubectlWithPod(VERSION, "curlimages/curl");
        String script = """
                export CURL_CA_BUNDLE=/var/run/secrets/kubernetes.io/serviceaccount/ca.crt
                TOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)
                curl -s -H "Authorization: Bearer $TOKEN" https://kubernetes/version | head -3
                curl -s https://kubernetes/api | grep -c forbidden
                """;
        expect(kubectl.runWithInput(script, "exec", "-i", "test", "--", "sh"), 0,
                "{\n  \"major\": \"1\",\n  \"minor\": \"29\",\n1\n");
    }

    @Test
    void anExecTheUserMayNotCreateIsForbiddenWithTheApiServersMessage() {
        RealKubectl kubectl = kubectlWithPod(VERSION, "curlimages/curl");
        // the ServiceAccount may read the pod (kubectl GETs it first) but not create pods/exec
        kubectl.run("create", "role", "pod-reader", "--verb=get", "--resource=pods");
        kubectl.run("create", "rolebinding", "pod-reader", "--role=pod-reader", "--serviceaccount=default:default");
        KubectlRunner.Result forbidden = kubectl.run("exec", "test", "--as=system:serviceaccount:default:default", "--", "ls");
        assertThat(forbidden.stderr()).isEqualTo("Error from server (Forbidden): pods \"test\" is forbidden: User "
                + "\"system:serviceaccount:default:default\" cannot create resource \"pods/exec\" in API group \"\" "
                + "in the namespace \"default\"\n");
        assertThat(forbidden.exitCode()).isEqualTo(1);
        assertThat(forbidden.stdout()).isEmpty();
    }

    @Test
    void anInteractiveShellEchoesWhatIsTypedAndExitsCleanly() throws Exception {
        SandboxCreated sandbox = lab.get().newSandbox(VERSION);
        new RealKubectl(lab.get(), sandbox).run("run", "test", "--image=curlimages/curl");
        // script gives kubectl a terminal; the lines are typed one by one, after kubectl has put it in raw mode
        Path typist = Files.createTempFile(lab.get().directory(), "kubectl-tty", ".sh");
        Files.writeString(typist, """
                #!/bin/sh
                while IFS= read -r line; do sleep 2; printf '%s\\r' "$line"; done | script -qec "kubectl $*" /dev/null
                """);
        Files.setPosixFilePermissions(typist, PosixFilePermissions.fromString("rwx------"));
        RealKubectl terminal = new RealKubectl(lab.get(), sandbox, typist.toString());
        KubectlRunner.Result session = terminal.runWithInput("echo hello from $HOSTNAME\nexit\n", "exec", "-it", "test", "--", "sh");
        assertThat(session.exitCode()).as(session.toString()).isZero();
        assertThat(session.stdout()).as(session.toString())
                .contains("/ # echo hello from $HOSTNAME\r\nhello from test\r\n/ # exit\r\n");
    }

    @Test
    void newerKubectlFallsBackToTheSameSpdyExec() {
        // kubectl 1.30+ speaks WebSocket first; with WebSocket turned off it uses SPDY like 1.29
        RealKubectl kubectl = kubectlWithPod("v1.31.9", "curlimages/curl").env("KUBECTL_REMOTE_COMMAND_WEBSOCKETS", "false");
        KubectlRunner.Result unknown = kubectl.run("exec", "test", "--", "sh", "-c", "frobnicate");
        assertThat(unknown.stderr()).isEqualTo("sh: frobnicate: not found\ncommand terminated with exit code 127\n");
        assertThat(unknown.exitCode()).isEqualTo(127);
    }

    private static RealKubectl kubectlWithPod(String version, String image) {
        SandboxCreated sandbox = lab.get().newSandbox(version);
        RealKubectl kubectl = new RealKubectl(lab.get(), sandbox);
        expect(kubectl.run("run", "test", "--image=" + image), 0, "pod/test created\n");
        return kubectl;
    }

    private static void expect(KubectlRunner.Result result, int exit, String stdout) {
        assertThat(result.stdout()).as(result.toString()).isEqualTo(stdout);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exit);
    }
}
