package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/** {@code kubectl describe}: the layouts of describe.go, the console against the real kubectl. */
class DescribeComparisonTest {

    static final String SA_WITH_SECRETS = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: build-robot
              labels:
                app: ci
                team: platform
              annotations:
                example.com/owner: alice
                kubernetes.io/enforce-mountable-secrets: "true"
            imagePullSecrets:
            - name: regcred
            secrets:
            - name: build-robot-secret
            - name: missing-secret
            """;

    static final String ROLE = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: mixed
            rules:
            - apiGroups: [""]
              resources: ["pods", "services"]
              verbs: ["get", "list", "watch"]
            - apiGroups: ["apps"]
              resources: ["deployments", "deployments/scale"]
              verbs: ["*"]
            - apiGroups: [""]
              resources: ["secrets"]
              resourceNames: ["db-pass", "api-key"]
              verbs: ["get"]
            - apiGroups: [""]
              resources: ["pods/log"]
              verbs: ["get"]
            """;

    static final String CLUSTER_ROLE = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: reader
              annotations:
                purpose: "lab exercise"
            rules:
            - nonResourceURLs: ["/healthz", "/metrics"]
              verbs: ["get"]
            - apiGroups: ["", "apps"]
              resources: ["*"]
              verbs: ["get", "list"]
            """;

    static List<ComparisonCase> cases() {
        return List.of(
                named("describe the default serviceaccount").run("describe sa default", "describe serviceaccount/default").build(),
                named("describe a serviceaccount with secrets")
                        .file("sa.yaml", SA_WITH_SECRETS)
                        .setup("create secret generic build-robot-secret --from-literal=a=b",
                                "create secret docker-registry regcred --docker-username=u --docker-password=p",
                                "apply -f sa.yaml")
                        .run("describe sa build-robot").build(),
                named("describe serviceaccounts by prefix").setup("create ns foo", "create sa app -n foo", "create sa app2 -n foo")
                        .run("describe sa ap -n foo", "describe sa -n foo").build(),
                named("describe a missing serviceaccount").run("describe sa nope", "describe sa nope -n nope").build(),
                named("describe without arguments").run("describe", "describe foos x").build(),
                named("describe a generic secret").setup("create secret generic db-pass --from-literal=password=s3cr3t")
                        .run("describe secret db-pass").build(),
                named("describe a docker-registry secret")
                        .setup("create secret docker-registry regcred --docker-server=registry.example.com --docker-username=u --docker-password=p --docker-email=u@example.com")
                        .run("describe secret regcred").build(),
                named("describe a role").file("role.yaml", ROLE).setup("apply -f role.yaml")
                        .run("describe role mixed", "describe roles").build(),
                named("describe a clusterrole with non-resource URLs").file("cr.yaml", CLUSTER_ROLE).setup("apply -f cr.yaml")
                        .run("describe clusterrole reader").build(),
                named("describe the bootstrap clusterroles")
                        .run("describe clusterrole view", "describe clusterrole edit", "describe clusterrole admin",
                                "describe clusterrole cluster-admin", "describe clusterrole system:basic-user",
                                "describe clusterrole system:discovery").build(),
                named("describe bindings").setup("create ns foo", "create sa app -n foo",
                                "create rolebinding app-view --clusterrole=view --serviceaccount=foo:app --user=alice --group=devs -n foo")
                        .run("describe rolebinding app-view -n foo", "describe clusterrolebinding cluster-admin",
                                "describe clusterrolebinding system:basic-user").build(),
                named("describe namespaces").run("describe ns default", "describe namespace kube-system").build(),
                named("describe the node").run("describe nodes").build(),
                named("describe the kubernetes service").run("describe svc kubernetes").build(),
                named("describe the root CA configmap").run("describe cm kube-root-ca.crt").build(),
                named("describe a configmap").setup("create configmap settings --from-literal=mode=fast")
                        .run("describe configmap settings").build(),
                named("describe a pod").setup("run web --image=nginx --labels=app=web")
                        .run("describe pod web", "describe pods").build(),
                named("describe as a user without rights").run("--context alice describe sa default").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
