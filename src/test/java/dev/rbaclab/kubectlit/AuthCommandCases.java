package dev.rbaclab.kubectlit;

import java.util.ArrayList;
import java.util.List;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;
import static dev.rbaclab.kubectlit.Normaliser.TIMESTAMPS;
import static dev.rbaclab.kubectlit.Normaliser.UIDS;

/**
 * {@code kubectl auth can-i} (SelfSubjectAccessReview; {@code --list}: SelfSubjectRulesReview) and
 * {@code kubectl auth whoami} (SelfSubjectReview) for the admin, the static users, impersonated users and groups and
 * a ServiceAccount token. Printing is staging/src/k8s.io/kubectl/pkg/cmd/auth/cani.go and whoami.go; the decisions
 * and rules are the server's, including the default bindings every authenticated user gets (system:basic-user,
 * system:discovery, system:public-info-viewer) and ServiceAccounts get (system:service-account-issuer-discovery).
 */
final class AuthCommandCases {

    private static final List<String> HEADER = List.of("Resources", "Non-Resource URLs", "Resource Names", "Verbs");
    /** What the default ClusterRoleBindings give every authenticated user: system:basic-user's self reviews ... */
    private static final List<List<String>> SELF_REVIEWS = List.of(
            List.of("selfsubjectreviews.authentication.k8s.io", "[]", "[]", "[create]"),
            List.of("selfsubjectaccessreviews.authorization.k8s.io", "[]", "[]", "[create]"),
            List.of("selfsubjectrulesreviews.authorization.k8s.io", "[]", "[]", "[create]"));
    /**
     * ... and the URLs of system:discovery and system:public-info-viewer, which --list does not deduplicate
     * (cani.go prints every rule it gets, sorted by the rule's Go string form).
     */
    private static final List<String> DISCOVERY_URLS = List.of("/api/*", "/api", "/apis/*", "/apis", "/healthz", "/healthz",
            "/livez", "/livez", "/openapi/*", "/openapi", "/readyz", "/readyz", "/version/", "/version/", "/version", "/version");
    /** A ServiceAccount also has system:service-account-issuer-discovery's two OIDC URLs. */
    private static final List<String> SERVICE_ACCOUNT_URLS = List.of("/.well-known/openid-configuration", "/api/*", "/api",
            "/apis/*", "/apis", "/healthz", "/healthz", "/livez", "/livez", "/openapi/*", "/openapi", "/openid/v1/jwks",
            "/readyz", "/readyz", "/version/", "/version/", "/version", "/version");

    private AuthCommandCases() {
    }

    /** The table auth can-i --list prints, laid out by the tabwriter rules kubectl uses. */
    @SafeVarargs
    private static String rulesTable(List<List<String>>... parts) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (List<List<String>> part : parts) {
            rows.addAll(part);
        }
        return TableColumns.render(rows, HEADER.size()) + "\n";
    }

    private static List<List<String>> urls(List<String> urls) {
        return urls.stream().map(url -> List.of("", "[" + url + "]", "[]", "[get]")).toList();
    }

    private static List<List<String>> resources(String resource, String verbs) {
        return List.of(List.of(resource, "[]", "[]", verbs));
    }

    /** {@code serviceAccountToken}: a token of ServiceAccount foo/robot, made before the steps run. */
    static KubectlStep[] steps(String serviceAccountToken) {
        return new KubectlStep[] {
            SetUp.serviceReaderRole(),
            SetUp.serviceReaderBinding(),
            SetUp.podGetterRole(),
            SetUp.bobGetsPods(),
            kubectl("set up: group devs may edit foo", "create rolebinding devs-edit --clusterrole=edit --group=devs -n foo")
                    .prints("rolebinding.rbac.authorization.k8s.io/devs-edit created\n"),
            kubectl("set up: a binding to a role that does not exist", "create rolebinding dangling --role=missing --user=carol -n foo")
                    .prints("rolebinding.rbac.authorization.k8s.io/dangling created\n"),
            SetUp.pvReaderRole(),
            SetUp.pvReaderBinding(),

            kubectl("auth whoami as the sandbox admin", "auth whoami").prints("""
                    ATTRIBUTE   VALUE
                    Username    kubernetes-admin
                    Groups      [system:masters system:authenticated]
                    """),
            kubectl("auth whoami -o yaml prints the SelfSubjectReview", "auth whoami -o yaml").prints("""
                    apiVersion: authentication.k8s.io/v1
                    kind: SelfSubjectReview
                    metadata:
                      creationTimestamp: "<time>"
                    status:
                      userInfo:
                        groups:
                        - system:masters
                        - system:authenticated
                        username: kubernetes-admin
                    """).normalised(TIMESTAMPS),
            kubectl("auth whoami as a static token user", "--context alice auth whoami").prints("""
                    ATTRIBUTE   VALUE
                    Username    alice
                    UID         1001
                    Groups      [developers system:authenticated]
                    """),
            // impersonation.go adds system:authenticated to the impersonated groups
            kubectl("auth whoami impersonating a user and a group", "auth whoami --as=alice --as-group=devs").prints("""
                    ATTRIBUTE   VALUE
                    Username    alice
                    Groups      [devs system:authenticated]
                    """),
            kubectl("auth whoami impersonating a ServiceAccount gets its groups", "auth whoami "
                    + "--as=system:serviceaccount:foo:robot").prints("""
                    ATTRIBUTE   VALUE
                    Username    system:serviceaccount:foo:robot
                    Groups      [system:serviceaccounts system:serviceaccounts:foo system:authenticated]
                    """),
            // a TokenRequest token has a jti, which the authenticator reports as the credential id
            kubectl("auth whoami with a ServiceAccount token", "--token=" + serviceAccountToken + " auth whoami").prints("""
                    ATTRIBUTE                                           VALUE
                    Username                                            system:serviceaccount:foo:robot
                    UID                                                 <uid>
                    Groups                                              [system:serviceaccounts system:serviceaccounts:foo system:authenticated]
                    Extra: authentication.kubernetes.io/credential-id   [JTI=<uid>]
                    """).normalised(UIDS),
            kubectl("a ServiceAccount token without a binding is Forbidden", "--token=" + serviceAccountToken + " get pods -n foo")
                    .fails("Error from server (Forbidden): pods is forbidden: User \"system:serviceaccount:foo:robot\" cannot "
                            + "list resource \"pods\" in API group \"\" in the namespace \"foo\"\n"),

            kubectl("auth can-i as the admin", "auth can-i '*' '*'").prints("yes\n"),
            kubectl("auth can-i yes", "auth can-i list services -n foo --as=system:serviceaccount:foo:default").prints("yes\n"),
            kubectl("auth can-i no exits 1", "auth can-i list pods -n foo --as=system:serviceaccount:foo:default")
                    .exits(1).prints("no\n"),
            kubectl("auth can-i in another namespace", "auth can-i list services -n default --as=system:serviceaccount:foo:default")
                    .exits(1).prints("no\n"),
            kubectl("auth can-i -A asks about all namespaces", "auth can-i list services -A --as=system:serviceaccount:foo:default")
                    .exits(1).prints("no\n"),
            kubectl("auth can-i for a cluster-scoped resource warns", "auth can-i list persistentvolumes "
                    + "--as=system:serviceaccount:foo:default").prints("yes\n")
                    .warns("Warning: resource 'persistentvolumes' is not namespace scoped\n\n"),
            kubectl("auth can-i a named object (TYPE/NAME)", "auth can-i get pods/web -n foo --as=bob").prints("yes\n"),
            kubectl("auth can-i a subresource the role lacks", "auth can-i get pods --subresource=log -n foo --as=bob")
                    .exits(1).prints("no\n"),
            kubectl("auth can-i without the group is no", "auth can-i create pods --subresource=exec -n foo --as=alice")
                    .exits(1).prints("no\n"),
            kubectl("auth can-i with --as-group", "auth can-i create pods --subresource=exec -n foo --as=alice --as-group=devs")
                    .prints("yes\n"),
            kubectl("auth can-i a non-resource URL everyone may get", "auth can-i get /healthz --as=bob").prints("yes\n"),
            kubectl("auth can-i a non-resource URL only monitoring may get", "auth can-i get /metrics --as=bob")
                    .exits(1).prints("no\n"),
            // the 403's RBAC reason (a missing role) becomes the review's reason, printed after "no - "
            kubectl("auth can-i says why when a bound role is missing", "auth can-i list pods -n foo --as=carol")
                    .exits(1).prints("no - RBAC: role.rbac.authorization.k8s.io \"missing\" not found\n"),
            kubectl("auth can-i -q prints nothing", "auth can-i list pods -q -n foo --as=carol").exits(1),
            kubectl("auth can-i an unknown verb warns", "auth can-i frobnicate pods").prints("yes\n")
                    .warns("Warning: verb 'frobnicate' is not a known verb\n\n"),
            kubectl("auth can-i an unknown resource warns", "auth can-i get frobs").prints("yes\n")
                    .warns("Warning: the server doesn't have a resource type 'frobs'\n\n"),
            kubectl("auth can-i as a static user", "--context bob auth can-i get pods -n foo").prints("yes\n"),
            kubectl("impersonating without permission is Forbidden", "--context alice auth can-i list pods --as=bob")
                    .fails("Error from server (Forbidden): users \"bob\" is forbidden: User \"alice\" cannot impersonate "
                            + "resource \"users\" in API group \"\" at the cluster scope\n"),

            kubectl("auth can-i --list for the admin", "auth can-i --list").prints(rulesTable(resources("*.*", "[*]"),
                    List.of(List.of("", "[*]", "[]", "[*]")), SELF_REVIEWS, urls(DISCOVERY_URLS))),
            kubectl("auth can-i --list for a user with one role", "auth can-i --list -n foo --as=bob")
                    .prints(rulesTable(SELF_REVIEWS, urls(DISCOVERY_URLS), resources("pods", "[get]"))),
            // --list includes the ClusterRoleBinding's pv-reader rules in any namespace
            kubectl("auth can-i --list for a ServiceAccount", "auth can-i --list -n foo --as=system:serviceaccount:foo:default")
                    .prints(rulesTable(SELF_REVIEWS, resources("persistentvolumes", "[get list]"),
                            resources("services", "[get list]"), urls(SERVICE_ACCOUNT_URLS))),
            // ServiceAccounts may read the OIDC discovery document (system:service-account-issuer-discovery)
            kubectl("auth can-i with a ServiceAccount token", "--token=" + serviceAccountToken
                    + " auth can-i get /.well-known/openid-configuration").prints("yes\n"),
        };
    }
}
