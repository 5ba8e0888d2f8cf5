package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.bool;
import static dev.rbaclab.cluster.server.protobuf.Fields.int32;
import static dev.rbaclab.cluster.server.protobuf.Fields.intOrString;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;

/** k8s.io/api {@code apps/v1/generated.proto} (package k8s.io.api.apps.v1). */
final class AppsV1 {

    static final Message DEPLOYMENT_STRATEGY = Message.of("DeploymentStrategy",
            string(1, "type"),
            message(2, "rollingUpdate", Message.of("RollingUpdateDeployment",
                    intOrString(1, "maxUnavailable").keepingZero(),
                    intOrString(2, "maxSurge").keepingZero())).keepingZero());

    static final Message DEPLOYMENT_SPEC = Message.of("DeploymentSpec",
            // *int32: "--replicas=0" is a deployment scaled to zero, not one defaulted to 1
            int32(1, "replicas").keepingZero(),
            message(2, "selector", MetaV1.LABEL_SELECTOR).keepingZero(),
            message(3, "template", CoreV1Pods.POD_TEMPLATE_SPEC),
            message(4, "strategy", DEPLOYMENT_STRATEGY),
            int32(5, "minReadySeconds"),
            int32(6, "revisionHistoryLimit").keepingZero(),
            bool(7, "paused"),
            int32(9, "progressDeadlineSeconds").keepingZero(),
            string(10, "podReplacementPolicy").keepingZero());

    /** Without status (3): rollout state is the server's. */
    static final Message DEPLOYMENT = Message.of("Deployment",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", DEPLOYMENT_SPEC));

    private AppsV1() {
    }
}
