package dev.rbaclab.kubectlit;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;
import static dev.rbaclab.kubectlit.Normaliser.AGES;
import static dev.rbaclab.kubectlit.Normaliser.CREATED_AT;
import static dev.rbaclab.kubectlit.Normaliser.RESOURCE_VERSIONS;
import static dev.rbaclab.kubectlit.Normaliser.TIMESTAMPS;
import static dev.rbaclab.kubectlit.Normaliser.UIDS;

/**
 * {@code kubectl get} for every kind of the chapter, in each output format: the server-side Table columns of
 * pkg/printers/internalversion/printers.go ({@code -o wide} adds the priority-1 columns), {@code -o yaml|json} of the
 * stored object, {@code -o name}, {@code -A}, {@code --show-labels}, {@code -l}, and the NotFound and Forbidden
 * errors. Pods are in {@link PodCommandCases}.
 */
final class GetCommandCases {

    private GetCommandCases() {
    }

    static KubectlStep[] steps() {
        return new KubectlStep[] {
            SetUp.namespace("foo"),
            SetUp.namespace("bar"),
            SetUp.serviceAccount("robot"),
            kubectl("set up: label", "label sa robot team=platform -n foo").prints("serviceaccount/robot labeled\n"),
            SetUp.genericSecret(),
            SetUp.pullSecret(),
            SetUp.serviceReaderRole(),
            SetUp.serviceReaderBinding(),
            SetUp.viewers("robot"),
            SetUp.pvReaderRole(),
            SetUp.pvReaderBinding(),

            kubectl("get namespace", "get ns foo").prints("""
                    NAME   STATUS   AGE
                    foo    Active   <age>
                    """).normalised(AGES),
            kubectl("get namespaces -l --show-labels", "get ns -l kubernetes.io/metadata.name=foo --show-labels").prints("""
                    NAME   STATUS   AGE     LABELS
                    foo    Active   <age>   kubernetes.io/metadata.name=foo
                    """).normalised(AGES),
            kubectl("get namespace -o yaml shows the finalizer and the name label", "get ns foo -o yaml").prints("""
                    apiVersion: v1
                    kind: Namespace
                    metadata:
                      creationTimestamp: "<time>"
                      labels:
                        kubernetes.io/metadata.name: foo
                      name: foo
                      resourceVersion: "<rv>"
                      uid: <uid>
                    spec:
                      finalizers:
                      - kubernetes
                    status:
                      phase: Active
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("get serviceaccounts counts no secrets since v1.24", "get sa -n foo").prints("""
                    NAME      SECRETS   AGE
                    default   0         <age>
                    robot     0         <age>
                    """).normalised(AGES),
            kubectl("get serviceaccounts -o wide has no extra columns", "get serviceaccounts -n foo -o wide").prints("""
                    NAME      SECRETS   AGE
                    default   0         <age>
                    robot     0         <age>
                    """).normalised(AGES),
            kubectl("get serviceaccounts --show-labels", "get sa -n foo --show-labels").prints("""
                    NAME      SECRETS   AGE     LABELS
                    default   0         <age>   <none>
                    robot     0         <age>   team=platform
                    """).normalised(AGES),
            kubectl("get serviceaccounts -l", "get sa -n foo -l team=platform").prints("""
                    NAME    SECRETS   AGE
                    robot   0         <age>
                    """).normalised(AGES),
            kubectl("get serviceaccounts -l with a set-based selector", "get sa -n foo -l 'team in (platform,web),!tier'").prints("""
                    NAME    SECRETS   AGE
                    robot   0         <age>
                    """).normalised(AGES),
            kubectl("get serviceaccounts -l that matches nothing", "get sa -n foo -l team=web")
                    .warns("No resources found in foo namespace.\n"),
            kubectl("get serviceaccounts -A -l adds the NAMESPACE column", "get sa -A -l team=platform").prints("""
                    NAMESPACE   NAME    SECRETS   AGE
                    foo         robot   0         <age>
                    """).normalised(AGES),
            kubectl("get serviceaccounts -o name", "get sa -n foo -o name").prints("serviceaccount/default\nserviceaccount/robot\n"),
            kubectl("get serviceaccount -o json", "get sa robot -n foo -o json").prints("""
                    {
                        "apiVersion": "v1",
                        "kind": "ServiceAccount",
                        "metadata": {
                            "creationTimestamp": "<time>",
                            "labels": {
                                "team": "platform"
                            },
                            "name": "robot",
                            "namespace": "foo",
                            "resourceVersion": "<rv>",
                            "uid": "<uid>"
                        }
                    }
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            // a list printed as YAML is a v1 List whose resourceVersion kubectl blanks
            kubectl("get serviceaccounts -o yaml is a List", "get sa -n foo -l team=platform -o yaml").prints("""
                    apiVersion: v1
                    items:
                    - apiVersion: v1
                      kind: ServiceAccount
                      metadata:
                        creationTimestamp: "<time>"
                        labels:
                          team: platform
                        name: robot
                        namespace: foo
                        resourceVersion: "<rv>"
                        uid: <uid>
                    kind: List
                    metadata:
                      resourceVersion: ""
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("get secrets shows type and number of keys", "get secrets -n foo").prints("""
                    NAME      TYPE                             DATA   AGE
                    db-pass   Opaque                           2      <age>
                    regcred   kubernetes.io/dockerconfigjson   1      <age>
                    """).normalised(AGES),
            kubectl("get secret -o yaml has the values base64-encoded", "get secret db-pass -n foo -o yaml").prints("""
                    apiVersion: v1
                    data:
                      password: czNjcmV0
                      username: YWRtaW4=
                    kind: Secret
                    metadata:
                      creationTimestamp: "<time>"
                      name: db-pass
                      namespace: foo
                      resourceVersion: "<rv>"
                      uid: <uid>
                    type: Opaque
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            // base64 of {"auths":{"registry.example.com":{"username":"u","password":"p","email":"u@example.com","auth":"dTpw"}}}
            kubectl("get docker-registry secret -o json", "get secret regcred -n foo -o json").prints("""
                    {
                        "apiVersion": "v1",
                        "data": {
                            ".dockerconfigjson": "eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJ1c2VybmFtZSI6InUiLCJwYXNzd29yZCI6InAiLCJlbWFpbCI6InVAZXhhbXBsZS5jb20iLCJhdXRoIjoiZFRwdyJ9fX0="
                        },
                        "kind": "Secret",
                        "metadata": {
                            "creationTimestamp": "<time>",
                            "name": "regcred",
                            "namespace": "foo",
                            "resourceVersion": "<rv>",
                            "uid": "<uid>"
                        },
                        "type": "kubernetes.io/dockerconfigjson"
                    }
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("get roles shows when each was created", "get roles -n foo").prints("""
                    NAME             CREATED AT
                    service-reader   <time>
                    """).normalised(CREATED_AT),
            kubectl("get roles -o wide has no extra columns", "get roles -n foo -o wide").prints("""
                    NAME             CREATED AT
                    service-reader   <time>
                    """).normalised(CREATED_AT),
            kubectl("get role -o yaml", "get role service-reader -n foo -o yaml").prints("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: Role
                    metadata:
                      creationTimestamp: "<time>"
                      name: service-reader
                      namespace: foo
                      resourceVersion: "<rv>"
                      uid: <uid>
                    rules:
                    - apiGroups:
                      - ""
                      resources:
                      - services
                      verbs:
                      - get
                      - list
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("get rolebindings shows the role", "get rolebindings -n foo").prints("""
                    NAME      ROLE                  AGE
                    test      Role/service-reader   <age>
                    viewers   ClusterRole/view      <age>
                    """).normalised(AGES),
            kubectl("get rolebindings -o wide adds users, groups and serviceaccounts", "get rolebindings -n foo -o wide").prints("""
                    NAME      ROLE                  AGE     USERS   GROUPS   SERVICEACCOUNTS
                    test      Role/service-reader   <age>                    foo/default
                    viewers   ClusterRole/view      <age>   alice   devs     foo/robot
                    """).normalised(AGES),
            // kubectl create rolebinding gives the ServiceAccount subject no apiGroup, users and groups the RBAC group
            kubectl("get rolebinding -o yaml", "get rolebinding viewers -n foo -o yaml").prints("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: RoleBinding
                    metadata:
                      creationTimestamp: "<time>"
                      name: viewers
                      namespace: foo
                      resourceVersion: "<rv>"
                      uid: <uid>
                    roleRef:
                      apiGroup: rbac.authorization.k8s.io
                      kind: ClusterRole
                      name: view
                    subjects:
                    - apiGroup: rbac.authorization.k8s.io
                      kind: User
                      name: alice
                    - apiGroup: rbac.authorization.k8s.io
                      kind: Group
                      name: devs
                    - kind: ServiceAccount
                      name: robot
                      namespace: foo
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("get rolebindings -A -o wide -l", "get rolebindings -A -l app=none").warns("No resources found\n"),
            kubectl("get two kinds prints one table each with kind-qualified names", "get role,rolebinding -n foo").prints("""
                    NAME                                            CREATED AT
                    role.rbac.authorization.k8s.io/service-reader   <time>

                    NAME                                            ROLE                  AGE
                    rolebinding.rbac.authorization.k8s.io/test      Role/service-reader   <age>
                    rolebinding.rbac.authorization.k8s.io/viewers   ClusterRole/view      <age>
                    """).normalised(CREATED_AT, AGES),
            kubectl("get two kinds that are both empty", "get role,rolebinding -n bar").warns("No resources found in bar namespace.\n"),
            kubectl("get clusterrole", "get clusterrole pv-reader").prints("""
                    NAME        CREATED AT
                    pv-reader   <time>
                    """).normalised(CREATED_AT),
            kubectl("get clusterrole -o json", "get clusterrole pv-reader -o json").prints("""
                    {
                        "apiVersion": "rbac.authorization.k8s.io/v1",
                        "kind": "ClusterRole",
                        "metadata": {
                            "creationTimestamp": "<time>",
                            "name": "pv-reader",
                            "resourceVersion": "<rv>",
                            "uid": "<uid>"
                        },
                        "rules": [
                            {
                                "apiGroups": [
                                    ""
                                ],
                                "resources": [
                                    "persistentvolumes"
                                ],
                                "verbs": [
                                    "get",
                                    "list"
                                ]
                            }
                        ]
                    }
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("get clusterrolebinding -o wide", "get clusterrolebinding pv-test -o wide").prints("""
                    NAME      ROLE                    AGE     USERS   GROUPS   SERVICEACCOUNTS
                    pv-test   ClusterRole/pv-reader   <age>                    foo/default
                    """).normalised(AGES),
            kubectl("get clusterrolebinding -o yaml", "get clusterrolebinding pv-test -o yaml").prints("""
                    apiVersion: rbac.authorization.k8s.io/v1
                    kind: ClusterRoleBinding
                    metadata:
                      creationTimestamp: "<time>"
                      name: pv-test
                      resourceVersion: "<rv>"
                      uid: <uid>
                    roleRef:
                      apiGroup: rbac.authorization.k8s.io
                      kind: ClusterRole
                      name: pv-reader
                    subjects:
                    - kind: ServiceAccount
                      name: default
                      namespace: foo
                    """).normalised(TIMESTAMPS, RESOURCE_VERSIONS, UIDS),
            kubectl("get the default cluster-admin binding -o name", "get clusterrolebinding cluster-admin -o name")
                    .prints("clusterrolebinding.rbac.authorization.k8s.io/cluster-admin\n"),
            kubectl("get a node by its short name", "get no -o name").prints("node/lab-control-plane\n"),

            kubectl("get a missing object is NotFound", "get sa nope -n foo")
                    .fails("Error from server (NotFound): serviceaccounts \"nope\" not found\n"),
            // kubectl asks for the namespace after a 404 and reports that one when it is missing too
            kubectl("get in a missing namespace reports the namespace", "get sa nope -n missing")
                    .fails("Error from server (NotFound): namespaces \"missing\" not found\n"),
            kubectl("get a list in an empty namespace", "get roles -n bar").warns("No resources found in bar namespace.\n"),
            kubectl("get a resource type the server does not have", "get frobs")
                    .fails("error: the server doesn't have a resource type \"frobs\"\n"),
            kubectl("get a list without permission is Forbidden", "--context bob get secrets -n foo")
                    .fails("Error from server (Forbidden): secrets is forbidden: User \"bob\" cannot list resource \"secrets\" "
                            + "in API group \"\" in the namespace \"foo\"\n"),
            kubectl("get one object without permission names it", "--context bob get secret db-pass -n foo")
                    .fails("Error from server (Forbidden): secrets \"db-pass\" is forbidden: User \"bob\" cannot get resource "
                            + "\"secrets\" in API group \"\" in the namespace \"foo\"\n"),
            kubectl("get a cluster-scoped list without permission", "--context bob get clusterroles")
                    .fails("Error from server (Forbidden): clusterroles.rbac.authorization.k8s.io is forbidden: User \"bob\" "
                            + "cannot list resource \"clusterroles\" in API group \"rbac.authorization.k8s.io\" at the cluster scope\n"),
            // GET /api/v1/namespaces/foo has namespace foo (requestinfo.go), so the message says "in the namespace"
            kubectl("get a namespace without permission is namespaced", "--context bob get ns foo")
                    .fails("Error from server (Forbidden): namespaces \"foo\" is forbidden: User \"bob\" cannot get resource "
                            + "\"namespaces\" in API group \"\" in the namespace \"foo\"\n"),
            kubectl("get across all namespaces with a namespaced grant is Forbidden", "--context alice get sa -A")
                    .fails("Error from server (Forbidden): serviceaccounts is forbidden: User \"alice\" cannot list resource "
                            + "\"serviceaccounts\" in API group \"\" at the cluster scope\n"),
            kubectl("get with a namespaced grant", "--context alice get sa -n foo -o name")
                    .prints("serviceaccount/default\nserviceaccount/robot\n"),
        };
    }
}
