package dev.rbaclab.cluster.server.protobuf;

import java.util.Map;
import java.util.Optional;

/**
 * The kinds this server decodes from protobuf, by apiVersion and kind: those kubectl's typed commands send
 * ({@code create <generator>}, {@code create token}, {@code auth whoami}, {@code auth can-i}).
 */
final class ProtobufKinds {

    private static final Map<String, Message> SCHEMAS = Map.ofEntries(
            Map.entry("v1/Namespace", CoreV1.NAMESPACE),
            Map.entry("v1/ServiceAccount", CoreV1.SERVICE_ACCOUNT),
            Map.entry("v1/Secret", CoreV1.SECRET),
            Map.entry("v1/ConfigMap", CoreV1.CONFIG_MAP),
            Map.entry("v1/Service", CoreV1.SERVICE),
            Map.entry("v1/ResourceQuota", CoreV1.RESOURCE_QUOTA),
            Map.entry("rbac.authorization.k8s.io/v1/Role", RbacV1.ROLE),
            Map.entry("rbac.authorization.k8s.io/v1/ClusterRole", RbacV1.CLUSTER_ROLE),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", RbacV1.ROLE_BINDING),
            Map.entry("rbac.authorization.k8s.io/v1/ClusterRoleBinding", RbacV1.CLUSTER_ROLE_BINDING),
            Map.entry("authentication.k8s.io/v1/TokenRequest", AuthenticationV1.TOKEN_REQUEST),
            Map.entry("authentication.k8s.io/v1/SelfSubjectReview", AuthenticationV1.SELF_SUBJECT_REVIEW),
            Map.entry("authorization.k8s.io/v1/SelfSubjectAccessReview", AuthorizationV1.SELF_SUBJECT_ACCESS_REVIEW),
            Map.entry("authorization.k8s.io/v1/SelfSubjectRulesReview", AuthorizationV1.SELF_SUBJECT_RULES_REVIEW),
            Map.entry("apps/v1/Deployment", AppsV1.DEPLOYMENT),
            Map.entry("batch/v1/Job", BatchV1.JOB),
            Map.entry("batch/v1/CronJob", BatchV1.CRON_JOB),
            Map.entry("scheduling.k8s.io/v1/PriorityClass", SchedulingV1.PRIORITY_CLASS),
            Map.entry("policy/v1/PodDisruptionBudget", PolicyV1.POD_DISRUPTION_BUDGET),
            Map.entry("networking.k8s.io/v1/Ingress", NetworkingV1.INGRESS));

    private ProtobufKinds() {
    }

    static Optional<Message> schema(String apiVersion, String kind) {
        return Optional.ofNullable(SCHEMAS.get(apiVersion + "/" + kind));
    }
}
