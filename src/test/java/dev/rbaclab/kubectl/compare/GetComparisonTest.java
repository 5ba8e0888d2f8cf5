package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/** {@code kubectl get}: tables, output formats and errors, the console against the real kubectl. */
class GetComparisonTest {

    static final String TRICKY_CONFIGMAP = Fixtures.read("tricky-configmap-input.yaml");

    static List<ComparisonCase> cases() {
        return List.of(
                named("get namespaces").run("get ns").build(),
                named("get namespaces with labels").run("get ns --show-labels").build(),
                named("get namespaces with a label column").run("get ns -L kubernetes.io/metadata.name").build(),
                named("get serviceaccounts in the context namespace").run("get sa").build(),
                named("get serviceaccounts without headers").run("get sa -A --no-headers").build(),
                named("get serviceaccounts in all namespaces").run("get sa -A").build(),
                named("get serviceaccounts in a new namespace").setup("create ns foo", "create sa app -n foo")
                        .run("get sa -n foo", "get serviceaccounts --namespace=foo", "-n foo get sa app").build(),
                named("get in an empty namespace").setup("create ns empty")
                        .run("get pods -n empty", "get sa -n empty -o name").build(),
                named("get in a missing namespace lists nothing").run("get sa -n nope").build(),
                named("get one serviceaccount as yaml").run("get sa default -o yaml").build(),
                named("get one serviceaccount as json").run("get sa default -o json").build(),
                named("get serviceaccounts as a yaml list").run("get sa -A -o yaml").build(),
                named("get an empty list as yaml and json").setup("create ns empty")
                        .run("get sa -n empty -l x=y -o yaml", "get sa -n empty -l x=y -o json").build(),
                named("get names").run("get sa default -o name", "get sa -A -o name", "get sa,ns -o name").build(),
                named("get two kinds").run("get sa,ns").build(),
                named("get two kinds in all namespaces").run("get sa,cm -A").build(),
                named("get two objects by type/name").run("get sa/default ns/default").build(),
                named("get two objects of one type").setup("create sa second").run("get sa default second").build(),
                named("get a missing and an existing object").run("get sa nope default").build(),
                named("get a missing serviceaccount").run("get sa nope").build(),
                named("get a missing object in a missing namespace").run("get sa nope -n nope").build(),
                named("get a missing object and ignore it").run("get sa nope --ignore-not-found").build(),
                named("get an unknown resource type").run("get foos", "get sa,foos").build(),
                named("get by name across all namespaces").run("get sa default -A").build(),
                named("mix type/name with a type").run("get sa/default sa").build(),
                named("unknown output format").run("get sa -o foo").build(),
                named("get with a label selector").setup("create sa labelled", "label sa labelled team=blue")
                        .run("get sa -l team=blue", "get sa -l team=red", "get sa -l 'team in (blue,red)' --show-labels").build(),
                named("get with a broken label selector").run("get ns -l 'x in (a'").build(),
                named("get with a field selector").run("get sa --field-selector metadata.name=default").build(),
                named("get clusterroles").run("get clusterroles").build(),
                named("get clusterrolebindings").run("get clusterrolebindings").build(),
                named("get rolebindings wide").run("get rolebindings -n kube-system -o wide").build(),
                named("get roles and rolebindings").run("get role,rolebinding -n kube-system").build(),
                named("get roles in all namespaces").run("get roles -A").build(),
                named("get a bootstrap clusterrole as yaml").run("get clusterrole view -o yaml", "get clusterrole admin -o json").build(),
                named("get a clusterrolebinding as yaml").run("get clusterrolebinding cluster-admin -o yaml").build(),
                named("get configmaps").run("get cm", "get configmaps -A").build(),
                named("get a configmap full of tricky strings")
                        .file("tricky.yaml", TRICKY_CONFIGMAP).setup("apply -f tricky.yaml")
                        .run("get cm tricky -o yaml", "get cm tricky -o json", "get cm tricky").build(),
                named("get secrets").setup("create secret generic s1 --from-literal=a=b")
                        .run("get secrets", "get secret s1 -o yaml").build(),
                named("get pods").setup("run web --image=nginx --labels=app=web")
                        .run("get pods", "get po -o wide", "get pod web -o yaml", "get pods --show-labels").build(),
                named("get all").setup("run web --image=nginx").run("get all").build(),
                named("get deployments is empty").run("get deploy", "get deployments.apps -A").build(),
                named("get nodes and persistentvolumes").run("get nodes", "get pv").build(),
                named("get resources by full name").run("get serviceaccounts.v1.", "get roles.rbac.authorization.k8s.io -A",
                        "get clusterroles.v1.rbac.authorization.k8s.io system:basic-user", "get ServiceAccount default").build(),
                named("show kind").run("get ns default --show-kind").build(),
                named("jsonpath").run("get sa -A -o jsonpath='{.items[*].metadata.name}'",
                        "get ns default -o jsonpath='{.metadata.labels}'",
                        "get sa -A -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{\"\\n\"}{end}'",
                        "get ns -o jsonpath='{.items[?(@.metadata.name==\"kube-system\")].status.phase}'",
                        "get ns default -o jsonpath={.metadata.name}").build(),
                named("custom columns").run("get sa -A -o custom-columns=NAME:.metadata.name,NS:.metadata.namespace,SECRETS:.secrets",
                        "get ns -o custom-columns=NAME:metadata.name --no-headers").build(),
                named("get as another user").run("--context alice get sa", "--context=bob get ns").build(),
                named("get with impersonation").run("--as=alice get sa", "--as=system:serviceaccount:default:default get pods",
                        "--as=alice --as-group=system:masters get sa").build(),
                named("get with a bad token").run("--token=bogus get sa").build(),
                named("get without a resource").run("get").build(),
                named("unknown flag").run("get pods --all-namespace", "get pods -x", "get sa -n").build(),
                named("unknown command").run("frobnicate", "-n foo frobnicate").build(),
                named("mistyped command").run("gett pods").build(),
                named("invalid boolean flag value").run("get sa -A=maybe").build(),
                named("group commands without a subcommand").run("auth frobnicate", "config frobnicate").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
