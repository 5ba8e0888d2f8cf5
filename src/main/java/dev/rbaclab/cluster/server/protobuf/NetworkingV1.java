package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.inline;
import static dev.rbaclab.cluster.server.protobuf.Fields.int32;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.messages;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;
import static dev.rbaclab.cluster.server.protobuf.Fields.strings;

/**
 * k8s.io/api {@code networking/v1/generated.proto} (package k8s.io.api.networking.v1). Without IngressBackend's
 * resource (3), a TypedLocalObjectReference no generator sets.
 */
final class NetworkingV1 {

    static final Message INGRESS_BACKEND = Message.of("IngressBackend",
            message(4, "service", Message.of("IngressServiceBackend",
                    string(1, "name"),
                    message(2, "port", Message.of("ServiceBackendPort",
                            string(1, "name"),
                            int32(2, "number"))))).keepingZero());

    static final Message HTTP_INGRESS_PATH = Message.of("HTTPIngressPath",
            string(1, "path"),
            string(3, "pathType").keepingZero(),
            message(2, "backend", INGRESS_BACKEND));

    /** IngressRuleValue is embedded inline: {"host": ..., "http": {...}}. */
    static final Message INGRESS_RULE = Message.of("IngressRule",
            string(1, "host"),
            inline(2, Message.of("IngressRuleValue",
                    message(1, "http", Message.of("HTTPIngressRuleValue",
                            messages(1, "paths", HTTP_INGRESS_PATH))).keepingZero())));

    static final Message INGRESS_SPEC = Message.of("IngressSpec",
            string(4, "ingressClassName").keepingZero(),
            message(1, "defaultBackend", INGRESS_BACKEND).keepingZero(),
            messages(2, "tls", Message.of("IngressTLS",
                    strings(1, "hosts"),
                    string(2, "secretName"))),
            messages(3, "rules", INGRESS_RULE));

    /** Without status (3): the ingress controller's. */
    static final Message INGRESS = Message.of("Ingress",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", INGRESS_SPEC));

    private NetworkingV1() {
    }
}
