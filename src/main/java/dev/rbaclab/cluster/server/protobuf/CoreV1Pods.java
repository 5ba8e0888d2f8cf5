package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.bool;
import static dev.rbaclab.cluster.server.protobuf.Fields.inline;
import static dev.rbaclab.cluster.server.protobuf.Fields.int32;
import static dev.rbaclab.cluster.server.protobuf.Fields.int64;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.messages;
import static dev.rbaclab.cluster.server.protobuf.Fields.quantity;
import static dev.rbaclab.cluster.server.protobuf.Fields.quantityMap;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;
import static dev.rbaclab.cluster.server.protobuf.Fields.stringMap;
import static dev.rbaclab.cluster.server.protobuf.Fields.strings;

/**
 * k8s.io/api {@code core/v1/generated.proto}: PodTemplateSpec and what it contains, for the workload generators
 * ({@code create deployment|job|cronjob}). The tables hold what those generators set plus the pod fields the lab's
 * lessons use (service accounts, secrets and config maps as env and volumes, security context); probes, affinity,
 * tolerations, the pod security context and the rarer volume sources are left out and skipped like unknown fields.
 */
final class CoreV1Pods {

    static final Message CONTAINER_PORT = Message.of("ContainerPort",
            string(1, "name"),
            int32(2, "hostPort"),
            int32(3, "containerPort"),
            string(4, "protocol"),
            string(5, "hostIP"));

    /** Key selectors embed LocalObjectReference inline: {"name": ..., "key": ...}. */
    static final Message CONFIG_MAP_KEY_SELECTOR = Message.of("ConfigMapKeySelector",
            inline(1, CoreV1.LOCAL_OBJECT_REFERENCE),
            string(2, "key"),
            bool(3, "optional").keepingZero());

    static final Message SECRET_KEY_SELECTOR = Message.of("SecretKeySelector",
            inline(1, CoreV1.LOCAL_OBJECT_REFERENCE),
            string(2, "key"),
            bool(3, "optional").keepingZero());

    static final Message ENV_VAR_SOURCE = Message.of("EnvVarSource",
            message(1, "fieldRef", Message.of("ObjectFieldSelector",
                    string(1, "apiVersion"),
                    string(2, "fieldPath"))).keepingZero(),
            message(2, "resourceFieldRef", Message.of("ResourceFieldSelector",
                    string(1, "containerName"),
                    string(2, "resource"),
                    quantity(3, "divisor"))).keepingZero(),
            message(3, "configMapKeyRef", CONFIG_MAP_KEY_SELECTOR).keepingZero(),
            message(4, "secretKeyRef", SECRET_KEY_SELECTOR).keepingZero());

    static final Message ENV_VAR = Message.of("EnvVar",
            string(1, "name"),
            string(2, "value"),
            message(3, "valueFrom", ENV_VAR_SOURCE).keepingZero());

    static final Message ENV_FROM_SOURCE = Message.of("EnvFromSource",
            string(1, "prefix"),
            message(2, "configMapRef", Message.of("ConfigMapEnvSource",
                    inline(1, CoreV1.LOCAL_OBJECT_REFERENCE),
                    bool(2, "optional").keepingZero())).keepingZero(),
            message(3, "secretRef", Message.of("SecretEnvSource",
                    inline(1, CoreV1.LOCAL_OBJECT_REFERENCE),
                    bool(2, "optional").keepingZero())).keepingZero());

    static final Message RESOURCE_REQUIREMENTS = Message.of("ResourceRequirements",
            quantityMap(1, "limits"),
            quantityMap(2, "requests"),
            messages(3, "claims", Message.of("ResourceClaim",
                    string(1, "name"),
                    string(2, "request"))));

    static final Message VOLUME_MOUNT = Message.of("VolumeMount",
            string(1, "name"),
            bool(2, "readOnly"),
            string(7, "recursiveReadOnly").keepingZero(),
            string(3, "mountPath"),
            string(4, "subPath"),
            string(5, "mountPropagation").keepingZero(),
            string(6, "subPathExpr"));

    static final Message SECURITY_CONTEXT = Message.of("SecurityContext",
            message(1, "capabilities", Message.of("Capabilities",
                    strings(1, "add"),
                    strings(2, "drop"))).keepingZero(),
            bool(2, "privileged").keepingZero(),
            int64(4, "runAsUser").keepingZero(),
            int64(8, "runAsGroup").keepingZero(),
            bool(5, "runAsNonRoot").keepingZero(),
            bool(6, "readOnlyRootFilesystem").keepingZero(),
            bool(7, "allowPrivilegeEscalation").keepingZero());

    static final Message CONTAINER = Message.of("Container",
            string(1, "name"),
            string(2, "image"),
            strings(3, "command"),
            strings(4, "args"),
            string(5, "workingDir"),
            messages(6, "ports", CONTAINER_PORT),
            messages(19, "envFrom", ENV_FROM_SOURCE),
            messages(7, "env", ENV_VAR),
            message(8, "resources", RESOURCE_REQUIREMENTS),
            string(24, "restartPolicy").keepingZero(),
            messages(9, "volumeMounts", VOLUME_MOUNT),
            string(13, "terminationMessagePath"),
            string(20, "terminationMessagePolicy"),
            string(14, "imagePullPolicy"),
            message(15, "securityContext", SECURITY_CONTEXT).keepingZero(),
            bool(16, "stdin"),
            bool(17, "stdinOnce"),
            bool(18, "tty"));

    static final Message PODSPEC = Message.of("PodSpec",
            messages(1, "volumes", CoreV1Volumes.VOLUME),
            messages(20, "initContainers", CONTAINER),
            messages(2, "containers", CONTAINER),
            string(3, "restartPolicy"),
            int64(4, "terminationGracePeriodSeconds").keepingZero(),
            int64(5, "activeDeadlineSeconds").keepingZero(),
            string(6, "dnsPolicy"),
            stringMap(7, "nodeSelector"),
            string(8, "serviceAccountName"),
            string(9, "serviceAccount"),
            bool(21, "automountServiceAccountToken").keepingZero(),
            string(10, "nodeName"),
            bool(11, "hostNetwork"),
            bool(12, "hostPID"),
            bool(13, "hostIPC"),
            bool(27, "shareProcessNamespace").keepingZero(),
            messages(15, "imagePullSecrets", CoreV1.LOCAL_OBJECT_REFERENCE),
            string(16, "hostname"),
            string(17, "subdomain"),
            string(19, "schedulerName"),
            string(24, "priorityClassName"),
            int32(25, "priority").keepingZero(),
            bool(30, "enableServiceLinks").keepingZero(),
            string(31, "preemptionPolicy").keepingZero(),
            bool(35, "setHostnameAsFQDN").keepingZero(),
            bool(37, "hostUsers").keepingZero());

    static final Message POD_TEMPLATE_SPEC = Message.of("PodTemplateSpec",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", PODSPEC));

    private CoreV1Pods() {
    }
}
