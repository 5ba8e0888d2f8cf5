package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/**
 * {@code kubectl auth can-i} and {@code kubectl auth whoami}. Cases without {@code needs} compare whatever the
 * server answers today (while the review endpoints are missing: the same validation error on both sides); the
 * ones with {@code needs} only make sense once the endpoint exists and are skipped until then.
 */
class AuthComparisonTest {

    static List<ComparisonCase> cases() {
        return List.of(
                named("can-i get pods").run("auth can-i get pods", "auth can-i get pods -n kube-system",
                        "--context alice auth can-i get pods").build(),
                named("can-i allowed and denied").needs(ComparisonCase.Endpoint.SELF_SUBJECT_ACCESS_REVIEW)
                        .run("auth can-i create clusterrolebindings", "--context alice auth can-i delete nodes",
                                "--context alice auth can-i get secrets -n kube-system").build(),
                named("can-i cluster-scoped resources").run("auth can-i list nodes", "auth can-i list nodes -A",
                        "auth can-i get clusterroles.rbac.authorization.k8s.io", "auth can-i get pv -n default").build(),
                named("can-i unknown resources and verbs").run("auth can-i get foos", "auth can-i frobnicate pods",
                        "auth can-i get foos.example.com", "auth can-i impersonate users", "auth can-i get *").build(),
                named("can-i non-resource URLs").run("auth can-i get /healthz", "auth can-i frob /healthz",
                        "auth can-i get /healthz --subresource=log").build(),
                named("can-i names and subresources").run("auth can-i get pods/web", "auth can-i get pods --subresource=log",
                        "auth can-i create deployments.apps/scale", "auth can-i get deploy").build(),
                named("can-i quiet").run("auth can-i get pods -q", "--context alice auth can-i delete nodes --quiet").build(),
                named("can-i argument errors").run("auth can-i", "auth can-i get", "auth can-i get pods extra",
                        "auth can-i --list get", "auth can-i --list -q", "auth can-i --list -A",
                        "auth can-i get pods --no-headers", "auth can-i get pods --frob").build(),
                named("can-i impersonating").run("auth can-i get secrets --as=system:serviceaccount:default:default",
                        "auth can-i list pods --as=alice --as-group=devs", "--context alice auth can-i get pods --as=bob").build(),
                named("can-i list").run("auth can-i --list", "auth can-i --list -n kube-system",
                        "--context alice auth can-i --list --no-headers").build(),
                named("can-i list as a service account").needs(ComparisonCase.Endpoint.SELF_SUBJECT_RULES_REVIEW)
                        .setup("create ns foo", "create role r --verb=get,list --resource=pods,services,pods/log -n foo",
                                "create rolebinding rb --role=r --serviceaccount=foo:default -n foo")
                        .run("auth can-i --list -n foo --as=system:serviceaccount:foo:default").build(),
                named("can-i unauthenticated").run("--token=bogus auth can-i get pods").build(),
                named("whoami").run("auth whoami", "auth whoami -o yaml", "auth whoami -o json",
                        "--context alice auth whoami").build(),
                named("whoami impersonating").run("auth whoami --as=bob --as-group=devs --as-group=ops").build(),
                named("whoami bad output").run("auth whoami -o wide", "auth whoami -o foo").build(),
                named("auth group").run("auth", "auth frob").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
