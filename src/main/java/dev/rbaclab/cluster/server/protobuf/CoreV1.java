package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.bool;
import static dev.rbaclab.cluster.server.protobuf.Fields.bytesMap;
import static dev.rbaclab.cluster.server.protobuf.Fields.int32;
import static dev.rbaclab.cluster.server.protobuf.Fields.intOrString;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.messages;
import static dev.rbaclab.cluster.server.protobuf.Fields.quantityMap;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;
import static dev.rbaclab.cluster.server.protobuf.Fields.stringMap;
import static dev.rbaclab.cluster.server.protobuf.Fields.strings;

/**
 * k8s.io/api {@code core/v1/generated.proto} (package k8s.io.api.core.v1): the objects kubectl's generators create.
 * The pod template and everything in it is in {@link CoreV1Pods}.
 */
final class CoreV1 {

    static final Message LOCAL_OBJECT_REFERENCE = Message.of("LocalObjectReference",
            string(1, "name"));

    static final Message OBJECT_REFERENCE = Message.of("ObjectReference",
            string(1, "kind"),
            string(2, "namespace"),
            string(3, "name"),
            string(4, "uid"),
            string(5, "apiVersion"),
            string(6, "resourceVersion"),
            string(7, "fieldPath"));

    static final Message NAMESPACE = Message.of("Namespace",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", Message.of("NamespaceSpec",
                    strings(1, "finalizers"))),
            message(3, "status", Message.of("NamespaceStatus",
                    string(1, "phase"))));

    static final Message SERVICE_ACCOUNT = Message.of("ServiceAccount",
            message(1, "metadata", MetaV1.OBJECT_META),
            messages(2, "secrets", OBJECT_REFERENCE),
            messages(3, "imagePullSecrets", LOCAL_OBJECT_REFERENCE),
            bool(4, "automountServiceAccountToken").keepingZero());

    static final Message SECRET = Message.of("Secret",
            message(1, "metadata", MetaV1.OBJECT_META),
            bool(5, "immutable").keepingZero(),
            bytesMap(2, "data"),
            stringMap(4, "stringData"),
            string(3, "type"));

    static final Message CONFIG_MAP = Message.of("ConfigMap",
            message(1, "metadata", MetaV1.OBJECT_META),
            bool(4, "immutable").keepingZero(),
            stringMap(2, "data"),
            bytesMap(3, "binaryData"));

    static final Message SERVICE_PORT = Message.of("ServicePort",
            string(1, "name"),
            string(2, "protocol"),
            string(6, "appProtocol").keepingZero(),
            int32(3, "port"),
            intOrString(4, "targetPort"),
            int32(5, "nodePort"));

    static final Message SESSION_AFFINITY_CONFIG = Message.of("SessionAffinityConfig",
            message(1, "clientIP", Message.of("ClientIPConfig",
                    int32(1, "timeoutSeconds").keepingZero())).keepingZero());

    static final Message SERVICE_SPEC = Message.of("ServiceSpec",
            messages(1, "ports", SERVICE_PORT),
            stringMap(2, "selector"),
            string(3, "clusterIP"),
            strings(18, "clusterIPs"),
            string(4, "type"),
            strings(5, "externalIPs"),
            string(7, "sessionAffinity"),
            string(8, "loadBalancerIP"),
            strings(9, "loadBalancerSourceRanges"),
            string(10, "externalName"),
            string(11, "externalTrafficPolicy"),
            int32(12, "healthCheckNodePort"),
            bool(13, "publishNotReadyAddresses"),
            message(14, "sessionAffinityConfig", SESSION_AFFINITY_CONFIG).keepingZero(),
            strings(19, "ipFamilies"),
            string(17, "ipFamilyPolicy").keepingZero(),
            bool(20, "allocateLoadBalancerNodePorts").keepingZero(),
            string(21, "loadBalancerClass").keepingZero(),
            string(22, "internalTrafficPolicy").keepingZero(),
            string(23, "trafficDistribution").keepingZero());

    /** Without status (3): load balancer state is the server's. */
    static final Message SERVICE = Message.of("Service",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", SERVICE_SPEC));

    static final Message SCOPE_SELECTOR = Message.of("ScopeSelector",
            messages(1, "matchExpressions", Message.of("ScopedResourceSelectorRequirement",
                    string(1, "scopeName"),
                    string(2, "operator"),
                    strings(3, "values"))));

    /** Without status (3): usage is counted by the server. */
    static final Message RESOURCE_QUOTA = Message.of("ResourceQuota",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", Message.of("ResourceQuotaSpec",
                    quantityMap(1, "hard"),
                    strings(2, "scopes"),
                    message(3, "scopeSelector", SCOPE_SELECTOR).keepingZero())));

    private CoreV1() {
    }
}
