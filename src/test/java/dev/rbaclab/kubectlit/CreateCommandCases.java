package dev.rbaclab.kubectlit;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;

/**
 * {@code kubectl create namespace|serviceaccount|secret|role|rolebinding|clusterrole|clusterrolebinding|token}: what
 * each prints, their AlreadyExists, NotFound, Invalid and Forbidden errors, and the RBAC escalation check. The
 * "error: failed to create ..." prefixes are kubectl's (staging/src/k8s.io/kubectl/pkg/cmd/create/create_*.go); the
 * rest of each message is the server's Status.
 */
final class CreateCommandCases {

    private CreateCommandCases() {
    }

    static KubectlStep[] steps() {
        return new KubectlStep[] {
            kubectl("create namespace", "create namespace foo").prints("namespace/foo created\n"),
            kubectl("create namespace that exists is AlreadyExists", "create namespace foo")
                    .fails("Error from server (AlreadyExists): namespaces \"foo\" already exists\n"),
            // validation.IsDNS1123Label's message, with the double space RegexError puts between its examples
            kubectl("create namespace with an invalid name is Invalid", "create namespace Bad_Name")
                    .fails("The Namespace \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase "
                            + "RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and "
                            + "end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation "
                            + "is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')\n"),
            kubectl("create serviceaccount", "create serviceaccount robot -n foo").prints("serviceaccount/robot created\n"),
            kubectl("create serviceaccount that exists", "create sa robot -n foo")
                    .fails("error: failed to create serviceaccount: serviceaccounts \"robot\" already exists\n"),
            kubectl("create serviceaccount in a missing namespace", "create sa robot -n nope")
                    .fails("error: failed to create serviceaccount: namespaces \"nope\" not found\n"),
            kubectl("create secret generic", "create secret generic db-pass --from-literal=username=admin "
                    + "--from-literal=password=s3cret -n foo").prints("secret/db-pass created\n"),
            // create_secret.go: fmt.Errorf("failed to create secret %v", err), without a colon
            kubectl("create secret generic that exists", "create secret generic db-pass --from-literal=username=admin -n foo")
                    .fails("error: failed to create secret secrets \"db-pass\" already exists\n"),
            kubectl("create secret docker-registry", "create secret docker-registry regcred --docker-server=registry.example.com "
                    + "--docker-username=u --docker-password=p --docker-email=u@example.com -n foo").prints("secret/regcred created\n"),
            kubectl("create role", "create role service-reader --verb=get --verb=list --resource=services -n foo")
                    .prints("role.rbac.authorization.k8s.io/service-reader created\n"),
            kubectl("create role with a subresource and resource names",
                    "create role web-logs --verb=get --resource=pods,pods/log --resource-name=web -n foo")
                    .prints("role.rbac.authorization.k8s.io/web-logs created\n"),
            kubectl("create role that exists", "create role web-logs --verb=get --resource=pods -n foo")
                    .fails("Error from server (AlreadyExists): roles.rbac.authorization.k8s.io \"web-logs\" already exists\n"),
            // create role checks --resource against discovery before it sends anything
            kubectl("create role for a resource the server does not have", "create role frob-reader --verb=get --resource=frobs -n foo")
                    .fails("the server doesn't have a resource type \"frobs\"\n"),
            kubectl("create rolebinding to a ServiceAccount",
                    "create rolebinding test --role=service-reader --serviceaccount=foo:default -n foo")
                    .prints("rolebinding.rbac.authorization.k8s.io/test created\n"),
            kubectl("create rolebinding of a ClusterRole to a user, a group and a ServiceAccount",
                    "create rolebinding viewers --clusterrole=view --user=alice --group=devs --serviceaccount=foo:robot -n foo")
                    .prints("rolebinding.rbac.authorization.k8s.io/viewers created\n"),
            kubectl("create rolebinding that exists", "create rolebinding test --role=service-reader --user=alice -n foo")
                    .fails("error: failed to create rolebinding: rolebindings.rbac.authorization.k8s.io \"test\" already exists\n"),
            kubectl("create clusterrole", "create clusterrole pv-reader --verb=get,list --resource=persistentvolumes")
                    .prints("clusterrole.rbac.authorization.k8s.io/pv-reader created\n"),
            kubectl("create clusterrole for non-resource URLs",
                    "create clusterrole health-checker --verb=get --non-resource-url=/healthz --non-resource-url=/livez")
                    .prints("clusterrole.rbac.authorization.k8s.io/health-checker created\n"),
            kubectl("create clusterrole that exists", "create clusterrole pv-reader --verb=get --resource=pv")
                    .fails("Error from server (AlreadyExists): clusterroles.rbac.authorization.k8s.io \"pv-reader\" already exists\n"),
            kubectl("create clusterrolebinding", "create clusterrolebinding pv-test --clusterrole=pv-reader --serviceaccount=foo:default")
                    .prints("clusterrolebinding.rbac.authorization.k8s.io/pv-test created\n"),
            kubectl("create clusterrolebinding that exists", "create clusterrolebinding pv-test --clusterrole=pv-reader --user=bob")
                    .fails("error: failed to create clusterrolebinding: clusterrolebindings.rbac.authorization.k8s.io "
                            + "\"pv-test\" already exists\n"),
            // create token prints status.token and nothing else, not even a newline when stdout is not a terminal
            kubectl("create token prints only the token", "create token robot -n foo").prints("<token>")
                    .normalised(Normaliser.TOKENS),
            kubectl("create token with a duration and an audience", "create token robot -n foo --duration=10m "
                    + "--audience=https://example.com").prints("<token>").normalised(Normaliser.TOKENS),
            kubectl("create token for a missing ServiceAccount", "create token nope -n foo")
                    .fails("error: failed to create token: serviceaccounts \"nope\" not found\n"),
            // pkg/registry/core/serviceaccount/storage/token.go: errors.NewInvalid(gvk.GroupKind(), "", errs)
            kubectl("create token shorter than 10 minutes is Invalid", "create token robot -n foo --duration=1m")
                    .fails("error: failed to create token: TokenRequest.authentication.k8s.io \"\" is invalid: "
                            + "spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes\n"),
            kubectl("create token bound to a missing pod", "create token robot -n foo --bound-object-kind=Pod --bound-object-name=web")
                    .fails("error: failed to create token: pods \"web\" not found\n"),
            kubectl("create token bound to a secret", "create token robot -n foo --bound-object-kind=Secret "
                    + "--bound-object-name=db-pass").prints("<token>").normalised(Normaliser.TOKENS),

            // alice may view foo (RoleBinding viewers); bob has no binding at all
            kubectl("create serviceaccount without permission is Forbidden", "--context alice create sa intruder -n foo")
                    .fails("error: failed to create serviceaccount: serviceaccounts is forbidden: User \"alice\" cannot create "
                            + "resource \"serviceaccounts\" in API group \"\" in the namespace \"foo\"\n"),
            kubectl("create namespace without permission is Forbidden at the cluster scope", "--context alice create namespace mine")
                    .fails("Error from server (Forbidden): namespaces is forbidden: User \"alice\" cannot create resource "
                            + "\"namespaces\" in API group \"\" at the cluster scope\n"),
            kubectl("create secret without permission", "--context bob create secret generic s --from-literal=a=b -n foo")
                    .fails("error: failed to create secret secrets is forbidden: User \"bob\" cannot create resource "
                            + "\"secrets\" in API group \"\" in the namespace \"foo\"\n"),
            kubectl("create token without permission names the subresource", "--context alice create token robot -n foo")
                    .fails("error: failed to create token: serviceaccounts \"robot\" is forbidden: User \"alice\" cannot "
                            + "create resource \"serviceaccounts/token\" in API group \"\" in the namespace \"foo\"\n"),
            kubectl("create role without permission", "--context bob create role mine --verb=get --resource=pods -n foo")
                    .fails("Error from server (Forbidden): roles.rbac.authorization.k8s.io is forbidden: User \"bob\" cannot "
                            + "create resource \"roles\" in API group \"rbac.authorization.k8s.io\" in the namespace \"foo\"\n"),
            kubectl("create clusterrolebinding without permission", "--context alice create clusterrolebinding mine "
                    + "--clusterrole=view --user=alice")
                    .fails("error: failed to create clusterrolebinding: clusterrolebindings.rbac.authorization.k8s.io is "
                            + "forbidden: User \"alice\" cannot create resource \"clusterrolebindings\" in API group "
                            + "\"rbac.authorization.k8s.io\" at the cluster scope\n"),

            // RBAC escalation prevention (pkg/registry/rbac/validation/rule.go ConfirmNoEscalation): alice, admin of
            // foo, may create roles and bindings, but only for permissions she holds herself
            kubectl("make alice admin of foo", "create rolebinding alice-admin --clusterrole=admin --user=alice -n foo")
                    .prints("rolebinding.rbac.authorization.k8s.io/alice-admin created\n"),
            kubectl("create role within the creator's own permissions", "--context alice create role pod-reader --verb=get "
                    + "--resource=pods -n foo").prints("role.rbac.authorization.k8s.io/pod-reader created\n"),
            kubectl("create role granting more than the creator holds is an escalation", "--context alice create role "
                    + "everything --verb=* --resource=* -n foo")
                    .fails("Error from server (Forbidden): roles.rbac.authorization.k8s.io \"everything\" is forbidden: user "
                            + "\"alice\" (groups=[\"developers\" \"system:authenticated\"]) is attempting to grant RBAC "
                            + "permissions not currently held:\n{APIGroups:[\"\"], Resources:[\"*\"], Verbs:[\"*\"]}\n"),
            kubectl("create rolebinding to a ClusterRole the creator holds in the namespace", "--context alice create "
                    + "rolebinding bob-edits --clusterrole=edit --user=bob -n foo")
                    .prints("rolebinding.rbac.authorization.k8s.io/bob-edits created\n"),
            kubectl("create rolebinding to cluster-admin is an escalation", "--context alice create rolebinding root "
                    + "--clusterrole=cluster-admin --user=bob -n foo")
                    .fails("error: failed to create rolebinding: rolebindings.rbac.authorization.k8s.io \"root\" is forbidden: "
                            + "user \"alice\" (groups=[\"developers\" \"system:authenticated\"]) is attempting to grant RBAC "
                            + "permissions not currently held:\n{APIGroups:[\"*\"], Resources:[\"*\"], Verbs:[\"*\"]}\n"
                            + "{NonResourceURLs:[\"*\"], Verbs:[\"*\"]}\n"),
        };
    }
}
