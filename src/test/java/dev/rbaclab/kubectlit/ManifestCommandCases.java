package dev.rbaclab.kubectlit;

import java.util.Map;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;
import static dev.rbaclab.kubectlit.Normaliser.AGES;
import static dev.rbaclab.kubectlit.Normaliser.EDIT_COPY;
import static dev.rbaclab.kubectlit.Normaliser.RESOURCE_VERSIONS;
import static dev.rbaclab.kubectlit.Normaliser.TIMESTAMPS;
import static dev.rbaclab.kubectlit.Normaliser.UIDS;

/**
 * Writing objects: {@code create -f}, {@code apply -f} (create, update, unchanged, server-side),
 * {@code edit} with KUBE_EDITOR set to a script, {@code patch} (strategic, merge, json), {@code label},
 * {@code annotate} and {@code delete}, with the Status errors kubectl turns into "error when creating", "The ... is
 * invalid" and "Error from server (...)".
 */
final class ManifestCommandCases {

    private static final String SERVICE_ACCOUNT = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: robot
              namespace: foo
              labels:
                app: demo
            """;
    private static final String BINDING = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: applied-binding
              namespace: foo
            roleRef:
              apiGroup: rbac.authorization.k8s.io
              kind: ClusterRole
              name: view
            subjects:
            - kind: ServiceAccount
              name: applied
              namespace: foo
            """;

    private ManifestCommandCases() {
    }

    static Map<String, String> files() {
        return Map.of(
                "sa.yaml", SERVICE_ACCOUNT,
                "sa-v2.yaml", SERVICE_ACCOUNT.replace("    app: demo\n", "    app: demo2\n    tier: backend\n")
                        + "automountServiceAccountToken: false\n",
                "binding.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: applied\n  namespace: foo\n---\n"
                        + BINDING,
                "binding-other-role.yaml", BINDING.replace("name: view", "name: edit"),
                "server-side.yaml", """
                        apiVersion: v1
                        kind: ServiceAccount
                        metadata:
                          name: ssa
                          namespace: foo
                        """,
                "bad-name.yaml", """
                        apiVersion: v1
                        kind: ServiceAccount
                        metadata:
                          name: Bad_Name
                          namespace: foo
                        """,
                "sa-typo.yaml", SERVICE_ACCOUNT.replace("    app: demo\n", "    app: demo2\n    tier: backend\n")
                        + "automountServiceAccountToken: false\nautomountServiceAccountTokens: true\n",
                "role-typo.yaml", """
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: Role
                        metadata:
                          name: typo
                          namespace: foo
                        rules:
                        - apiGroups: [""]
                          resource: ["pods"]
                          verbs: ["get"]
                        """,
                "add-label.sh", "#!/bin/sh\nsed -i 's/^  labels:$/  labels:\\n    edited: \"yes\"/' \"$1\"\n",
                "change-role-ref.sh", "#!/bin/sh\nsed -i 's/^  name: view$/  name: edit/' \"$1\"\n");
    }

    static KubectlStep[] steps() {
        return new KubectlStep[] {
            SetUp.namespace("foo"),
            SetUp.namespace("bar"),
            SetUp.aliceViewsFoo(),

            kubectl("create -f", "create -f sa.yaml").prints("serviceaccount/robot created\n"),
            kubectl("create -f of an existing object", "create -f sa.yaml")
                    .fails("Error from server (AlreadyExists): error when creating \"sa.yaml\": serviceaccounts \"robot\" "
                            + "already exists\n"),
            kubectl("create -f with an invalid name", "create -f bad-name.yaml")
                    .fails("The ServiceAccount \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase "
                            + "RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
                            + "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
                            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')\n"),
            // create -f asks for fieldValidation=Strict: a misspelt field is a strict decoding error (create.go
            // transformDecodeError), found before validation would miss the resources
            kubectl("create -f with a misspelt field is a strict decoding error", "create -f role-typo.yaml")
                    .fails("Error from server (BadRequest): error when creating \"role-typo.yaml\": Role in version \"v1\" "
                            + "cannot be handled as a Role: strict decoding error: unknown field \"rules[0].resource\"\n"),
            kubectl("create -f --validate=warn warns and then fails validation", "create -f role-typo.yaml --validate=warn")
                    .fails("Warning: unknown field \"rules[0].resource\"\nThe Role \"typo\" is invalid: rules[0].resources: "
                            + "Required value: resource rules must supply at least one resource\n"),
            kubectl("apply -f with a misspelt field", "apply -f role-typo.yaml")
                    .fails("Error from server (BadRequest): error when creating \"role-typo.yaml\": Role in version \"v1\" "
                            + "cannot be handled as a Role: strict decoding error: unknown field \"rules[0].resource\"\n"),
            // apply.go warns (warningNoLastAppliedConfigAnnotation) and patches the annotation in
            kubectl("apply -f over an object made by create", "apply -f sa.yaml").prints("serviceaccount/robot configured\n")
                    .warns("Warning: resource serviceaccounts/robot is missing the kubectl.kubernetes.io/last-applied-"
                            + "configuration annotation which is required by kubectl apply. kubectl apply should only be used on "
                            + "resources created declaratively by either kubectl create --save-config or kubectl apply. The "
                            + "missing annotation will be patched automatically.\n"),
            kubectl("apply -f again is unchanged", "apply -f sa.yaml").prints("serviceaccount/robot unchanged\n"),
            kubectl("apply -f a changed manifest", "apply -f sa-v2.yaml").prints("serviceaccount/robot configured\n"),
            kubectl("apply -f stores the last applied configuration", "get sa robot -n foo -o yaml").prints("""
                    apiVersion: v1
                    automountServiceAccountToken: false
                    kind: ServiceAccount
                    metadata:
                      annotations:
                        kubectl.kubernetes.io/last-applied-configuration: |
                          {"apiVersion":"v1","automountServiceAccountToken":false,"kind":"ServiceAccount","metadata":{"annotations":{},"labels":{"app":"demo2","tier":"backend"},"name":"robot","namespace":"foo"}}
                      creationTimestamp: "<time>"
                      labels:
                        app: demo2
                        tier: backend
                      name: robot
                      namespace: foo
                      resourceVersion: "<rv>"
                      uid: <uid>
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            // apply sends a strategic merge patch with fieldValidation=Strict; patch.go reports its unknown field as an
            // invalid "patch", printed with %+v (and kubectl's Invalid formatting: "The request is invalid: ...")
            kubectl("apply -f of a misspelt field over an existing object", "apply -f sa-typo.yaml")
                    .fails("The request is invalid: patch: Invalid value: \"map[automountServiceAccountTokens:true metadata:"
                            + "map[annotations:map[kubectl.kubernetes.io/last-applied-configuration:{\\\"apiVersion\\\":"
                            + "\\\"v1\\\",\\\"automountServiceAccountToken\\\":false,\\\"automountServiceAccountTokens\\\":"
                            + "true,\\\"kind\\\":\\\"ServiceAccount\\\",\\\"metadata\\\":{\\\"annotations\\\":{},"
                            + "\\\"labels\\\":{\\\"app\\\":\\\"demo2\\\",\\\"tier\\\":\\\"backend\\\"},\\\"name\\\":"
                            + "\\\"robot\\\",\\\"namespace\\\":\\\"foo\\\"}}\\n]]]\": strict decoding error: unknown field "
                            + "\"automountServiceAccountTokens\"\n"),
            kubectl("apply -f creates every object of a file", "apply -f binding.yaml").prints("""
                    serviceaccount/applied created
                    rolebinding.rbac.authorization.k8s.io/applied-binding created
                    """),
            kubectl("apply -f of an unchanged file", "apply -f binding.yaml").prints("""
                    serviceaccount/applied unchanged
                    rolebinding.rbac.authorization.k8s.io/applied-binding unchanged
                    """),
            // validation.go ValidateRoleBindingUpdate: the roleRef of a binding never changes
            kubectl("apply -f that changes a roleRef is Invalid", "apply -f binding-other-role.yaml")
                    .fails("The RoleBinding \"applied-binding\" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"
                            + "\"rbac.authorization.k8s.io\", Kind:\"ClusterRole\", Name:\"edit\"}: cannot change roleRef\n"),
            kubectl("apply --server-side creates", "apply --server-side -f server-side.yaml")
                    .prints("serviceaccount/ssa serverside-applied\n"),
            kubectl("apply --server-side again", "apply --server-side -f server-side.yaml")
                    .prints("serviceaccount/ssa serverside-applied\n"),
            kubectl("get -f lists what a file describes", "get -f binding.yaml").prints("""
                    NAME                     SECRETS   AGE
                    serviceaccount/applied   0         <age>

                    NAME                                                    ROLE               AGE
                    rolebinding.rbac.authorization.k8s.io/applied-binding   ClusterRole/view   <age>
                    """).normalised(AGES),

            kubectl("edit with an editor that adds a label", "edit sa robot -n foo").withEnv("KUBE_EDITOR", "./add-label.sh")
                    .prints("serviceaccount/robot edited\n"),
            kubectl("edit saved the label", "get sa robot -n foo --show-labels").prints("""
                    NAME    SECRETS   AGE     LABELS
                    robot   0         <age>   app=demo2,edited=yes,tier=backend
                    """).normalised(AGES),
            kubectl("edit with an editor that changes nothing", "edit sa robot -n foo").withEnv("KUBE_EDITOR", "true")
                    .warns("Edit cancelled, no changes made.\n"),
            // editoptions.go: an Invalid answer reopens the editor; the script makes the same change again, so kubectl
            // gives up and keeps a copy of the buffer
            kubectl("edit that changes a roleRef is refused", "edit rolebinding applied-binding -n foo")
                    .withEnv("KUBE_EDITOR", "./change-role-ref.sh")
                    .fails("error: rolebindings.rbac.authorization.k8s.io \"applied-binding\" is invalid\n"
                            + "A copy of your changes has been stored to \"<copy>\"\n"
                            + "error: Edit cancelled, no valid changes were saved.\n").normalised(EDIT_COPY),
            kubectl("edit a missing object", "edit sa nope -n foo").withEnv("KUBE_EDITOR", "true")
                    .fails("Error from server (NotFound): serviceaccounts \"nope\" not found\n"),

            kubectl("patch with a strategic merge patch", "patch sa robot -n foo -p '{\"automountServiceAccountToken\":true}'")
                    .prints("serviceaccount/robot patched\n"),
            kubectl("patch that changes nothing", "patch sa robot -n foo -p '{\"automountServiceAccountToken\":true}'")
                    .prints("serviceaccount/robot patched (no change)\n"),
            // ServiceAccount.secrets has patchMergeKey name: a strategic merge adds to the list
            kubectl("patch strategic merges secrets by name", "patch sa robot -n foo -p '{\"secrets\":[{\"name\":\"a\"}]}'")
                    .prints("serviceaccount/robot patched\n"),
            kubectl("patch strategic adds a second secret", "patch sa robot -n foo -p '{\"secrets\":[{\"name\":\"b\"}]}'")
                    .prints("serviceaccount/robot patched\n"),
            kubectl("the strategic merge kept both", "get sa robot -n foo -o jsonpath={.secrets[*].name}").prints("a b"),
            kubectl("patch --type=merge replaces the list", "patch sa robot -n foo --type=merge "
                    + "-p '{\"secrets\":[{\"name\":\"c\"}],\"imagePullSecrets\":[{\"name\":\"regcred\"}]}'")
                    .prints("serviceaccount/robot patched\n"),
            kubectl("the merge patch replaced it", "get sa robot -n foo -o jsonpath={.secrets[*].name}").prints("c"),
            kubectl("patch --type=json appends a subject", "patch rolebinding applied-binding -n foo --type=json "
                    + "-p '[{\"op\":\"add\",\"path\":\"/subjects/-\",\"value\":{\"kind\":\"ServiceAccount\",\"name\":\"robot\","
                    + "\"namespace\":\"foo\"}}]'").prints("rolebinding.rbac.authorization.k8s.io/applied-binding patched\n"),
            kubectl("the json patch added the subject", "get rolebinding applied-binding -n foo -o wide").prints("""
                    NAME              ROLE               AGE     USERS   GROUPS   SERVICEACCOUNTS
                    applied-binding   ClusterRole/view   <age>                    foo/applied, foo/robot
                    """).normalised(AGES),
            // patch.go: a json patch that does not apply is errors.NewGenericServerResponse(422, ...)
            kubectl("patch --type=json whose test fails", "patch rolebinding applied-binding -n foo --type=json "
                    + "-p '[{\"op\":\"test\",\"path\":\"/roleRef/name\",\"value\":\"admin\"}]'")
                    .fails("The request is invalid: the server rejected our request due to an error in our request\n"),
            kubectl("patch --type=json of a path that is not there", "patch rolebinding applied-binding -n foo --type=json "
                    + "-p '[{\"op\":\"remove\",\"path\":\"/subjects/7\"}]'")
                    .fails("The request is invalid: the server rejected our request due to an error in our request\n"),
            kubectl("patch a roleRef is Invalid", "patch rolebinding applied-binding -n foo -p '{\"roleRef\":{\"name\":\"edit\"}}'")
                    .fails("The RoleBinding \"applied-binding\" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"
                            + "\"rbac.authorization.k8s.io\", Kind:\"ClusterRole\", Name:\"edit\"}: cannot change roleRef\n"),
            // kubectl patch sends no fieldValidation: the server's default, Warn, drops the field with a warning
            kubectl("patch with a misspelt field warns and changes nothing", "patch sa robot -n foo "
                    + "-p '{\"secret\":[{\"name\":\"d\"}]}'").prints("serviceaccount/robot patched (no change)\n")
                    .warns("Warning: unknown field \"secret\"\n"),
            // kubectl sends a patch that starts with { as it is; the server answers Go's JSON syntax error
            kubectl("patch that is not JSON", "patch sa robot -n foo -p '{automountServiceAccountToken: false}'")
                    .fails("Error from server (BadRequest): invalid character 'a' looking for beginning of object key string\n"),
            kubectl("patch --type=merge that is not JSON", "patch sa robot -n foo --type=merge -p '{\"secrets\": [c]}'")
                    .fails("Error from server (BadRequest): error decoding patch: invalid character 'c' looking for beginning "
                            + "of value\n"),
            kubectl("patch a missing object", "patch sa nope -n foo -p '{}'")
                    .fails("Error from server (NotFound): serviceaccounts \"nope\" not found\n"),
            kubectl("patch without permission is Forbidden", "--context alice patch sa robot -n foo -p '{\"secrets\":null}'")
                    .fails("Error from server (Forbidden): serviceaccounts \"robot\" is forbidden: User \"alice\" cannot patch "
                            + "resource \"serviceaccounts\" in API group \"\" in the namespace \"foo\"\n"),

            SetUp.serviceAccount("plain"),
            kubectl("label", "label sa plain owner=ops -n foo").prints("serviceaccount/plain labeled\n"),
            kubectl("label with the same value", "label sa plain owner=ops -n foo").prints("serviceaccount/plain not labeled\n"),
            kubectl("label with another value needs --overwrite", "label sa plain owner=dev -n foo")
                    .fails("error: 'owner' already has a value (ops), and --overwrite is false\n"),
            kubectl("label --overwrite", "label sa plain owner=dev --overwrite -n foo").prints("serviceaccount/plain labeled\n"),
            kubectl("label a cluster-scoped object", "label ns foo env=test").prints("namespace/foo labeled\n"),
            kubectl("the labelled namespace is found by -l", "get ns -l env=test -o name").prints("namespace/foo\n"),
            kubectl("annotate", "annotate sa plain description='the plain one' -n foo").prints("serviceaccount/plain annotated\n"),
            kubectl("annotate shows in describe", "describe sa plain -n foo").prints("""
                    Name:                plain
                    Namespace:           foo
                    Labels:              owner=dev
                    Annotations:         description: the plain one
                    Image pull secrets:  <none>
                    Mountable secrets:   <none>
                    Tokens:              <none>
                    Events:              <none>
                    """),
            kubectl("label removal", "label sa plain owner- -n foo").prints("serviceaccount/plain unlabeled\n"),
            kubectl("annotate removal", "annotate sa plain description- -n foo").prints("serviceaccount/plain annotated\n"),
            // ObjectMeta's maps are omitempty: no "labels: {}" or "annotations: {}" is left behind
            kubectl("removing the last label and annotation leaves no empty maps", "get sa plain -n foo -o yaml").prints("""
                    apiVersion: v1
                    kind: ServiceAccount
                    metadata:
                      creationTimestamp: "<time>"
                      name: plain
                      namespace: foo
                      resourceVersion: "<rv>"
                      uid: <uid>
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("patch adding an empty list changes nothing", "patch sa plain -n foo --type=json "
                    + "-p '[{\"op\":\"add\",\"path\":\"/secrets\",\"value\":[]}]'").prints("serviceaccount/plain patched (no change)\n"),
            kubectl("label a missing object", "label sa nope a=b -n foo")
                    .fails("Error from server (NotFound): serviceaccounts \"nope\" not found\n"),
            kubectl("label without permission is Forbidden", "--context alice label sa plain a=b -n foo")
                    .fails("Error from server (Forbidden): serviceaccounts \"plain\" is forbidden: User \"alice\" cannot patch "
                            + "resource \"serviceaccounts\" in API group \"\" in the namespace \"foo\"\n"),

            kubectl("delete", "delete sa plain -n foo").prints("serviceaccount \"plain\" deleted\n"),
            kubectl("delete a missing object", "delete sa plain -n foo")
                    .fails("Error from server (NotFound): serviceaccounts \"plain\" not found\n"),
            kubectl("delete --ignore-not-found", "delete sa plain -n foo --ignore-not-found"),
            kubectl("delete -l", "delete sa -l app=demo2 -n foo").prints("serviceaccount \"robot\" deleted\n"),
            kubectl("delete without permission is Forbidden", "--context alice delete rolebinding applied-binding -n foo")
                    .fails("Error from server (Forbidden): rolebindings.rbac.authorization.k8s.io \"applied-binding\" is "
                            + "forbidden: User \"alice\" cannot delete resource \"rolebindings\" in API group "
                            + "\"rbac.authorization.k8s.io\" in the namespace \"foo\"\n"),
            kubectl("delete -f deletes every object of a file", "delete -f binding.yaml").prints("""
                    serviceaccount "applied" deleted
                    rolebinding.rbac.authorization.k8s.io "applied-binding" deleted
                    """),
            kubectl("delete -f again is NotFound for each", "delete -f binding.yaml")
                    .fails("Error from server (NotFound): error when deleting \"binding.yaml\": serviceaccounts \"applied\" not "
                            + "found\nError from server (NotFound): error when deleting \"binding.yaml\": "
                            + "rolebindings.rbac.authorization.k8s.io \"applied-binding\" not found\n"),
            kubectl("delete a namespace", "delete namespace bar").prints("namespace \"bar\" deleted\n"),
            kubectl("a deleted namespace is gone", "get namespace bar")
                    .fails("Error from server (NotFound): namespaces \"bar\" not found\n"),
        };
    }
}
