package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.intOrString;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;

/** k8s.io/api {@code policy/v1/generated.proto} (package k8s.io.api.policy.v1). */
final class PolicyV1 {

    static final Message POD_DISRUPTION_BUDGET_SPEC = Message.of("PodDisruptionBudgetSpec",
            // pointers: "--min-available=0" is a budget that allows every eviction, not an unset one
            intOrString(1, "minAvailable").keepingZero(),
            message(2, "selector", MetaV1.LABEL_SELECTOR).keepingZero(),
            intOrString(3, "maxUnavailable").keepingZero());

    /** Without status (3): the disruption controller's. */
    static final Message POD_DISRUPTION_BUDGET = Message.of("PodDisruptionBudget",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", POD_DISRUPTION_BUDGET_SPEC));

    private PolicyV1() {
    }
}
