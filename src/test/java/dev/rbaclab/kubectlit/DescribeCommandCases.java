package dev.rbaclab.kubectlit;

import java.util.Map;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;
import static dev.rbaclab.kubectlit.Normaliser.CA_CERT_SIZE;
import static dev.rbaclab.kubectlit.Normaliser.SECRET_DATA_ORDER;
import static dev.rbaclab.kubectlit.Normaliser.TOKENS;
import static dev.rbaclab.kubectlit.Normaliser.UIDS;

/**
 * {@code kubectl describe} for the chapter's kinds, laid out by staging/src/k8s.io/kubectl/pkg/describe/describe.go
 * from what the server stores: ServiceAccountDescriber (pull, mountable and token secrets, "(not found)"),
 * SecretDescriber (sizes, the token in clear), RoleDescriber and ClusterRoleDescriber (rules broken down, compacted
 * and sorted), the binding describers, NamespaceDescriber. Pods are in {@link PodCommandCases}.
 */
final class DescribeCommandCases {

    /** describe sa build-robot down to its first mountable secret; the rest depends on what the reader may list. */
    private static final String BUILD_ROBOT = """
            Name:                build-robot
            Namespace:           foo
            Labels:              app=ci
                                 team=platform
            Annotations:         example.com/owner: alice
            Image pull secrets:  regcred
            Mountable secrets:   build-robot-token
            """;

    private DescribeCommandCases() {
    }

    /** A legacy token Secret, as section 12.1 of the book creates one: the token controller fills it in. */
    static Map<String, String> files() {
        return Map.of("token-secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: build-robot-token
                  namespace: foo
                  annotations:
                    kubernetes.io/service-account.name: build-robot
                type: kubernetes.io/service-account-token
                """);
    }

    static KubectlStep[] steps() {
        return new KubectlStep[] {
            SetUp.namespace("foo"),
            SetUp.serviceAccount("build-robot"),
            kubectl("set up: labels", "label sa build-robot app=ci team=platform -n foo")
                    .prints("serviceaccount/build-robot labeled\n"),
            kubectl("set up: annotation", "annotate sa build-robot example.com/owner=alice -n foo")
                    .prints("serviceaccount/build-robot annotated\n"),
            SetUp.pullSecret(),
            SetUp.genericSecret(),
            kubectl("set up: token secret", "create -f token-secret.yaml").prints("secret/build-robot-token created\n"),
            kubectl("set up: pull and mountable secrets", "patch sa build-robot -n foo -p '{\"imagePullSecrets\":[{\"name\":"
                    + "\"regcred\"}],\"secrets\":[{\"name\":\"build-robot-token\"},{\"name\":\"missing-secret\"}]}'")
                    .prints("serviceaccount/build-robot patched\n"),
            kubectl("set up: role", "create role web-logs --verb=get --resource=pods,pods/log --resource-name=web -n foo")
                    .prints("role.rbac.authorization.k8s.io/web-logs created\n"),
            SetUp.viewers("build-robot"),
            kubectl("set up: clusterrole", "create clusterrole health-checker --verb=get --non-resource-url=/healthz "
                    + "--non-resource-url=/livez").prints("clusterrole.rbac.authorization.k8s.io/health-checker created\n"),
            kubectl("set up: clusterrolebinding", "create clusterrolebinding health-checkers --clusterrole=health-checker "
                    + "--group=system:serviceaccounts:foo")
                    .prints("clusterrolebinding.rbac.authorization.k8s.io/health-checkers created\n"),

            // Mountable secrets the namespace lacks get " (not found)"; Tokens lists the token Secrets whose
            // service-account.name and .uid annotations match
            kubectl("describe serviceaccount with secrets of every sort", "describe sa build-robot -n foo").prints(BUILD_ROBOT + """
                                         missing-secret (not found)
                    Tokens:              build-robot-token
                    Events:              <none>
                    """),
            kubectl("describe the default serviceaccount", "describe serviceaccount default -n foo").prints("""
                    Name:                default
                    Namespace:           foo
                    Labels:              <none>
                    Annotations:         <none>
                    Image pull secrets:  <none>
                    Mountable secrets:   <none>
                    Tokens:              <none>
                    Events:              <none>
                    """),
            kubectl("describe secret shows sizes only", "describe secret db-pass -n foo").prints("""
                    Name:         db-pass
                    Namespace:    foo
                    Labels:       <none>
                    Annotations:  <none>

                    Type:  Opaque

                    Data
                    ====
                    password:  6 bytes
                    username:  5 bytes
                    """).normalised(SECRET_DATA_ORDER),
            kubectl("describe docker-registry secret", "describe secret regcred -n foo").prints("""
                    Name:         regcred
                    Namespace:    foo
                    Labels:       <none>
                    Annotations:  <none>

                    Type:  kubernetes.io/dockerconfigjson

                    Data
                    ====
                    .dockerconfigjson:  104 bytes
                    """),
            // the token controller added the uid annotation, ca.crt, namespace and the token, which describe prints
            kubectl("describe token secret shows the token in clear", "describe secret build-robot-token -n foo").prints("""
                    Name:         build-robot-token
                    Namespace:    foo
                    Labels:       <none>
                    Annotations:  kubernetes.io/service-account.name: build-robot
                                  kubernetes.io/service-account.uid: <uid>

                    Type:  kubernetes.io/service-account-token

                    Data
                    ====
                    ca.crt:     <n> bytes
                    namespace:  3 bytes
                    token:      <token>
                    """).normalised(UIDS, TOKENS, CA_CERT_SIZE, SECRET_DATA_ORDER),
            kubectl("describe role breaks rules down by resource", "describe role web-logs -n foo").prints("""
                    Name:         web-logs
                    Labels:       <none>
                    Annotations:  <none>
                    PolicyRule:
                      Resources  Non-Resource URLs  Resource Names  Verbs
                      ---------  -----------------  --------------  -----
                      pods/log   []                 [web]           [get]
                      pods       []                 [web]           [get]
                    """),
            kubectl("describe rolebinding lists every subject", "describe rolebinding viewers -n foo").prints("""
                    Name:         viewers
                    Labels:       <none>
                    Annotations:  <none>
                    Role:
                      Kind:  ClusterRole
                      Name:  view
                    Subjects:
                      Kind            Name         Namespace
                      ----            ----         ---------
                      User            alice       \s
                      Group           devs        \s
                      ServiceAccount  build-robot  foo
                    """),
            kubectl("describe clusterrole with non-resource URLs", "describe clusterrole health-checker").prints("""
                    Name:         health-checker
                    Labels:       <none>
                    Annotations:  <none>
                    PolicyRule:
                      Resources  Non-Resource URLs  Resource Names  Verbs
                      ---------  -----------------  --------------  -----
                                 [/healthz]         []              [get]
                                 [/livez]           []              [get]
                    """),
            kubectl("describe a default clusterrole shows its bootstrap label and annotation", "describe clusterrole "
                    + "system:basic-user").prints("""
                    Name:         system:basic-user
                    Labels:       kubernetes.io/bootstrapping=rbac-defaults
                    Annotations:  rbac.authorization.kubernetes.io/autoupdate: true
                    PolicyRule:
                      Resources                                      Non-Resource URLs  Resource Names  Verbs
                      ---------                                      -----------------  --------------  -----
                      selfsubjectreviews.authentication.k8s.io       []                 []              [create]
                      selfsubjectaccessreviews.authorization.k8s.io  []                 []              [create]
                      selfsubjectrulesreviews.authorization.k8s.io   []                 []              [create]
                    """),
            kubectl("describe clusterrolebinding to a group", "describe clusterrolebinding health-checkers").prints("""
                    Name:         health-checkers
                    Labels:       <none>
                    Annotations:  <none>
                    Role:
                      Kind:  ClusterRole
                      Name:  health-checker
                    Subjects:
                      Kind   Name                        Namespace
                      ----   ----                        ---------
                      Group  system:serviceaccounts:foo \s
                    """),
            kubectl("describe namespace", "describe namespace foo").prints("""
                    Name:         foo
                    Labels:       kubernetes.io/metadata.name=foo
                    Annotations:  <none>
                    Status:       Active

                    No resource quota.

                    No LimitRange resource.
                    """),
            kubectl("describe a missing object is NotFound", "describe sa nope -n foo")
                    .fails("Error from server (NotFound): serviceaccounts \"nope\" not found\n"),
            kubectl("describe a missing namespace", "describe ns nope")
                    .fails("Error from server (NotFound): namespaces \"nope\" not found\n"),
            kubectl("describe without permission is Forbidden", "--context bob describe sa default -n foo")
                    .fails("Error from server (Forbidden): serviceaccounts \"default\" is forbidden: User \"bob\" cannot get "
                            + "resource \"serviceaccounts\" in API group \"\" in the namespace \"foo\"\n"),
            // describe's follow-up lists (secrets, events) that a viewer may not read are left out silently
            kubectl("describe serviceaccount as a viewer who may not list secrets", "--context alice describe sa build-robot -n foo")
                    .prints(BUILD_ROBOT + """
                                         missing-secret
                    Tokens:              <none>
                    Events:              <none>
                    """),
        };
    }
}
