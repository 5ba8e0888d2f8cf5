package dev.rbaclab.kubectlit;

import static dev.rbaclab.kubectlit.KubectlStep.kubectl;

/**
 * {@code kubectl version} and {@code kubectl api-resources}: the server's /version and its discovery documents, which
 * are those of a v1.32 kube-apiserver with default feature gates (no beta APIs: no resource.k8s.io, no
 * networking.k8s.io ipaddresses or servicecidrs, no storage.k8s.io volumeattributesclasses). The kubectl on the PATH
 * is Google's dispatcher, which names itself in the client version.
 */
final class ClusterInfoCases {

    private ClusterInfoCases() {
    }

    /** One half of version -o json (apimachinery version.Info), build stamps normalised. */
    private static String versionInfo(String field, String minor, String gitVersion) {
        return "  \"" + field + "\": {\n"
                + "    \"major\": \"1\",\n"
                + "    \"minor\": \"" + minor + "\",\n"
                + "    \"gitVersion\": \"" + gitVersion + "\",\n"
                + "    \"gitCommit\": \"<commit>\",\n"
                + "    \"gitTreeState\": \"clean\",\n"
                + "    \"buildDate\": \"<time>\",\n"
                + "    \"goVersion\": \"<go>\",\n"
                + "    \"compiler\": \"gc\",\n"
                + "    \"platform\": \"linux/amd64\"\n"
                + "  }";
    }

    static KubectlStep[] steps() {
        return new KubectlStep[] {
            kubectl("version", "version").prints("""
                    Client Version: v1.32.4-dispatcher
                    Kustomize Version: v5.5.0
                    Server Version: v1.32.4
                    """),
            kubectl("version -o json", "version -o json").prints("{\n"
                    + versionInfo("clientVersion", "32+", "v1.32.4-dispatcher") + ",\n"
                    + "  \"kustomizeVersion\": \"v5.5.0\",\n"
                    + versionInfo("serverVersion", "32", "v1.32.4") + "\n}\n").normalised(Normaliser.BUILD_STAMPS),
            kubectl("api-resources lists every resource a v1.32 cluster serves", "api-resources").prints("""
                    NAME                                SHORTNAMES   APIVERSION                        NAMESPACED   KIND
                    bindings                                         v1                                true         Binding
                    componentstatuses                   cs           v1                                false        ComponentStatus
                    configmaps                          cm           v1                                true         ConfigMap
                    endpoints                           ep           v1                                true         Endpoints
                    events                              ev           v1                                true         Event
                    limitranges                         limits       v1                                true         LimitRange
                    namespaces                          ns           v1                                false        Namespace
                    nodes                               no           v1                                false        Node
                    persistentvolumeclaims              pvc          v1                                true         PersistentVolumeClaim
                    persistentvolumes                   pv           v1                                false        PersistentVolume
                    pods                                po           v1                                true         Pod
                    podtemplates                                     v1                                true         PodTemplate
                    replicationcontrollers              rc           v1                                true         ReplicationController
                    resourcequotas                      quota        v1                                true         ResourceQuota
                    secrets                                          v1                                true         Secret
                    serviceaccounts                     sa           v1                                true         ServiceAccount
                    services                            svc          v1                                true         Service
                    mutatingwebhookconfigurations                    admissionregistration.k8s.io/v1   false        MutatingWebhookConfiguration
                    validatingadmissionpolicies                      admissionregistration.k8s.io/v1   false        ValidatingAdmissionPolicy
                    validatingadmissionpolicybindings                admissionregistration.k8s.io/v1   false        ValidatingAdmissionPolicyBinding
                    validatingwebhookconfigurations                  admissionregistration.k8s.io/v1   false        ValidatingWebhookConfiguration
                    customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1           false        CustomResourceDefinition
                    apiservices                                      apiregistration.k8s.io/v1         false        APIService
                    controllerrevisions                              apps/v1                           true         ControllerRevision
                    daemonsets                          ds           apps/v1                           true         DaemonSet
                    deployments                         deploy       apps/v1                           true         Deployment
                    replicasets                         rs           apps/v1                           true         ReplicaSet
                    statefulsets                        sts          apps/v1                           true         StatefulSet
                    selfsubjectreviews                               authentication.k8s.io/v1          false        SelfSubjectReview
                    tokenreviews                                     authentication.k8s.io/v1          false        TokenReview
                    localsubjectaccessreviews                        authorization.k8s.io/v1           true         LocalSubjectAccessReview
                    selfsubjectaccessreviews                         authorization.k8s.io/v1           false        SelfSubjectAccessReview
                    selfsubjectrulesreviews                          authorization.k8s.io/v1           false        SelfSubjectRulesReview
                    subjectaccessreviews                             authorization.k8s.io/v1           false        SubjectAccessReview
                    horizontalpodautoscalers            hpa          autoscaling/v2                    true         HorizontalPodAutoscaler
                    cronjobs                            cj           batch/v1                          true         CronJob
                    jobs                                             batch/v1                          true         Job
                    certificatesigningrequests          csr          certificates.k8s.io/v1            false        CertificateSigningRequest
                    leases                                           coordination.k8s.io/v1            true         Lease
                    endpointslices                                   discovery.k8s.io/v1               true         EndpointSlice
                    events                              ev           events.k8s.io/v1                  true         Event
                    flowschemas                                      flowcontrol.apiserver.k8s.io/v1   false        FlowSchema
                    prioritylevelconfigurations                      flowcontrol.apiserver.k8s.io/v1   false        PriorityLevelConfiguration
                    ingressclasses                                   networking.k8s.io/v1              false        IngressClass
                    ingresses                           ing          networking.k8s.io/v1              true         Ingress
                    networkpolicies                     netpol       networking.k8s.io/v1              true         NetworkPolicy
                    runtimeclasses                                   node.k8s.io/v1                    false        RuntimeClass
                    poddisruptionbudgets                pdb          policy/v1                         true         PodDisruptionBudget
                    clusterrolebindings                              rbac.authorization.k8s.io/v1      false        ClusterRoleBinding
                    clusterroles                                     rbac.authorization.k8s.io/v1      false        ClusterRole
                    rolebindings                                     rbac.authorization.k8s.io/v1      true         RoleBinding
                    roles                                            rbac.authorization.k8s.io/v1      true         Role
                    priorityclasses                     pc           scheduling.k8s.io/v1              false        PriorityClass
                    csidrivers                                       storage.k8s.io/v1                 false        CSIDriver
                    csinodes                                         storage.k8s.io/v1                 false        CSINode
                    csistoragecapacities                             storage.k8s.io/v1                 true         CSIStorageCapacity
                    storageclasses                      sc           storage.k8s.io/v1                 false        StorageClass
                    volumeattachments                                storage.k8s.io/v1                 false        VolumeAttachment
                    """),
            kubectl("api-resources --namespaced=false for the core group", "api-resources --namespaced=false --api-group=''")
                    .prints("""
                    NAME                SHORTNAMES   APIVERSION   NAMESPACED   KIND
                    componentstatuses   cs           v1           false        ComponentStatus
                    namespaces          ns           v1           false        Namespace
                    nodes               no           v1           false        Node
                    persistentvolumes   pv           v1           false        PersistentVolume
                    """),
            // the CATEGORIES column is empty for RBAC kinds: kubectl pads the VERBS cell before it
            kubectl("api-resources -o wide adds verbs and categories", "api-resources -o wide --api-group=rbac.authorization.k8s.io")
                    .prints("""
                    NAME                  SHORTNAMES   APIVERSION                     NAMESPACED   KIND                 VERBS                                                        CATEGORIES
                    clusterrolebindings                rbac.authorization.k8s.io/v1   false        ClusterRoleBinding   create,delete,deletecollection,get,list,patch,update,watch  \s
                    clusterroles                       rbac.authorization.k8s.io/v1   false        ClusterRole          create,delete,deletecollection,get,list,patch,update,watch  \s
                    rolebindings                       rbac.authorization.k8s.io/v1   true         RoleBinding          create,delete,deletecollection,get,list,patch,update,watch  \s
                    roles                              rbac.authorization.k8s.io/v1   true         Role                 create,delete,deletecollection,get,list,patch,update,watch  \s
                    """),
            kubectl("api-resources -o name", "api-resources -o name --api-group=authorization.k8s.io").prints("""
                    localsubjectaccessreviews.authorization.k8s.io
                    selfsubjectaccessreviews.authorization.k8s.io
                    selfsubjectrulesreviews.authorization.k8s.io
                    subjectaccessreviews.authorization.k8s.io
                    """),
            kubectl("api-resources --verbs", "api-resources --verbs=list --api-group=authentication.k8s.io")
                    .prints("NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND\n"),
            kubectl("api-resources for a group the server does not have", "api-resources --api-group=example.com")
                    .prints("NAME   SHORTNAMES   APIVERSION   NAMESPACED   KIND\n"),
        };
    }
}
