package dev.rbaclab.cluster.server.protobuf;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.TestLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The real kubectl against the real lab: the lab reports v1.32, so the kubectl dispatcher runs kubectl 1.32, which
 * sends protobuf for every generator. The cases run in order (the binding needs the namespace).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KubectlProtobufLabTest {

    private TestLab lab;
    private SandboxCreated sandbox;
    private KubectlRunner kubectl;

    @BeforeAll
    void start() {
        assumeTrue(KubectlRunner.available(), "no kubectl on the PATH");
        lab = TestLab.start();
        sandbox = lab.newSandbox();
        kubectl = new KubectlRunner(lab.kubeconfig(sandbox), lab.directory().resolve("kubectl-cache"));
    }

    @AfterAll
    void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    static Stream<Arguments> generators() {
        return Stream.of(
                arguments("create namespace foo", "namespace/foo created"),
                arguments("create serviceaccount robot -n foo", "serviceaccount/robot created"),
                arguments("create role service-reader --verb=get --verb=list --resource=services -n foo",
                        "role.rbac.authorization.k8s.io/service-reader created"),
                arguments("create rolebinding test --role=service-reader --serviceaccount=foo:robot -n foo",
                        "rolebinding.rbac.authorization.k8s.io/test created"),
                arguments("create clusterrole pod-reader --verb=get --resource=pods",
                        "clusterrole.rbac.authorization.k8s.io/pod-reader created"),
                arguments("create clusterrolebinding alice-reads --clusterrole=pod-reader --user=alice",
                        "clusterrolebinding.rbac.authorization.k8s.io/alice-reads created"),
                arguments("create secret generic s --from-literal=a=b -n foo", "secret/s created"),
                arguments("create secret docker-registry regcred --docker-server=r.example.com --docker-username=u"
                        + " --docker-password=p -n foo", "secret/regcred created"),
                arguments("create configmap c --from-literal=a=b -n foo", "configmap/c created"),
                arguments("create deployment web --image=nginx --replicas=2 --port=80 -n foo",
                        "deployment.apps/web created"),
                arguments("create service clusterip web --tcp=80:8080 -n foo", "service/web created"),
                arguments("create job once --image=busybox -n foo -- date", "job.batch/once created"),
                arguments("create quota q --hard=pods=2 -n foo", "resourcequota/q created"),
                arguments("create priorityclass high --value=1000", "priorityclass.scheduling.k8s.io/high created"),
                arguments("create pdb web --selector=app=web --min-available=1 -n foo",
                        "poddisruptionbudget.policy/web created"),
                arguments("create ingress web --rule=foo.com/=web:80 -n foo", "ingress.networking.k8s.io/web created"));
    }

    @ParameterizedTest(name = "kubectl {0}")
    @MethodSource("generators")
    void generatorsSendingProtobufSucceed(String command, String printed) {
        KubectlRunner.Result result = kubectl.run(command.split(" "));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout().trim()).isEqualTo(printed);
    }

    @Test
    void theStoredObjectsCarryWhatKubectlSent() {
        ApiClient api = lab.api(sandbox);
        kubectl.run("create", "namespace", "bar");
        kubectl.run("create", "rolebinding", "rb", "--clusterrole=view", "--user=alice", "--serviceaccount=bar:default",
                "-n", "bar");
        kubectl.run("create", "secret", "generic", "creds", "--from-literal=password=s3cret", "-n", "bar");

        assertThat(api.get("/apis/rbac.authorization.k8s.io/v1/namespaces/bar/rolebindings/rb").json()
                .path("subjects").toString())
                .isEqualTo("[{\"kind\":\"User\",\"apiGroup\":\"rbac.authorization.k8s.io\",\"name\":\"alice\"},"
                        + "{\"kind\":\"ServiceAccount\",\"name\":\"default\",\"namespace\":\"bar\"}]");
        assertThat(api.get("/api/v1/namespaces/bar/secrets/creds").json().path("data").path("password").asText())
                .isEqualTo("czNjcmV0");
    }

    @Test
    void errorsOfProtobufRequestsAreTheUsualStatuses() {
        kubectl.run("create", "namespace", "dup");

        KubectlRunner.Result again = kubectl.run("create", "namespace", "dup");
        KubectlRunner.Result forbidden = kubectl.run("--as=system:serviceaccount:dup:default",
                "create", "configmap", "nope", "--from-literal=a=b", "-n", "dup");

        assertThat(again.stderr()).contains("Error from server (AlreadyExists): namespaces \"dup\" already exists");
        assertThat(forbidden.stderr()).contains("User \"system:serviceaccount:dup:default\" cannot create resource"
                + " \"configmaps\" in API group \"\" in the namespace \"dup\"");
    }
}
