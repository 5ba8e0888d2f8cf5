package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;

import java.util.List;

/** Pods: READY, STATUS (phase or the container's waiting/terminated reason) and RESTARTS, as printPod does. */
final class PodPrinter {

    private PodPrinter() {
    }

    static Printer pods() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Ready", "The aggregate readiness state of this pod for accepting traffic."),
                Column.string("Status", "The aggregate status of the containers in this pod."),
                Column.string("Restarts", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
                Column.AGE,
                Column.wide("IP", "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated."),
                Column.wide("Node", "NodeName is a request to schedule this pod onto a specific node. If it is non-empty, the scheduler simply schedules this pod onto that node, assuming that it fits resource requirements."),
                Column.wide("Nominated Node", "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled."),
                Column.wide("Readiness Gates", "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates")),
                (pod, now) -> {
                    JsonNode status = pod.path("status");
                    int total = pod.path("spec").path("containers").size();
                    int ready = 0;
                    int restarts = 0;
                    for (JsonNode container : status.path("containerStatuses")) {
                        restarts += container.path("restartCount").asInt(0);
                        if (container.path("ready").asBoolean(false) && container.path("state").has("running")) {
                            ready++;
                        }
                    }
                    return List.of(Meta.name(pod), ready + "/" + total, reason(pod), Integer.toString(restarts),
                            Cells.age(pod, now), Cells.orNone(status.path("podIP").asText("")),
                            Cells.orNone(pod.path("spec").path("nodeName").asText("")),
                            Cells.orNone(status.path("nominatedNodeName").asText("")), Cells.NONE);
                });
    }

    static String reason(JsonNode pod) {
        JsonNode status = pod.path("status");
        String reason = status.path("reason").asText(status.path("phase").asText(""));
        for (JsonNode container : status.path("containerStatuses")) {
            JsonNode state = container.path("state");
            if (state.path("waiting").has("reason")) {
                reason = state.path("waiting").path("reason").asText();
            } else if (state.path("terminated").has("reason")) {
                reason = state.path("terminated").path("reason").asText();
            }
        }
        if (status.path("phase").asText("").equals("Pending") && status.path("containerStatuses").isEmpty()
                && !pod.path("spec").path("nodeName").asText("").isEmpty()) {
            reason = "ContainerCreating";
        }
        if (pod.path("metadata").has("deletionTimestamp")) {
            reason = "Terminating";
        }
        return reason;
    }
}
