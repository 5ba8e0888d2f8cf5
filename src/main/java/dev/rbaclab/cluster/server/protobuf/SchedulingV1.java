package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.bool;
import static dev.rbaclab.cluster.server.protobuf.Fields.int32;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;

/** k8s.io/api {@code scheduling/v1/generated.proto} (package k8s.io.api.scheduling.v1). */
final class SchedulingV1 {

    static final Message PRIORITY_CLASS = Message.of("PriorityClass",
            message(1, "metadata", MetaV1.OBJECT_META),
            // not a pointer, but declared without omitempty: Go's JSON always carries it, "value": 0 included
            int32(2, "value").keepingZero(),
            bool(3, "globalDefault"),
            string(4, "description"),
            string(5, "preemptionPolicy").keepingZero());

    private SchedulingV1() {
    }
}
