package dev.rbaclab.cluster.controllers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.bootstrap.DefaultClusterState;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The scheduler and the kubelet, simulated: a new pod is bound to the lab's node and reported Running with every
 * container ready. There are no processes behind it — the pod shell answers for them.
 */
public final class KubeletController implements Controller {

    static final String HOST_IP = "172.18.0.2";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void created(ControllerContext context, ObjectKey key, ObjectNode pod) {
        if (!key.group().isEmpty() || !key.resource().equals("pods") || !pod.path("spec").path("nodeName").asText("").isEmpty()) {
            return;
        }
        ObjectNode running = pod.deepCopy();
        ObjectNode spec = running.with("spec");
        spec.put("nodeName", DefaultClusterState.NODE_NAME);
        String now = Meta.timestamp(context.now());
        String podIp = nextPodIp(context);
        ObjectNode status = running.putObject("status");
        status.put("phase", "Running");
        ArrayNode conditions = status.putArray("conditions");
        for (String type : List.of("PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled")) {
            ObjectNode condition = conditions.addObject();
            condition.putNull("lastProbeTime");
            condition.put("lastTransitionTime", now);
            condition.put("status", "True");
            condition.put("type", type);
        }
        status.put("hostIP", HOST_IP);
        status.putArray("hostIPs").addObject().put("ip", HOST_IP);
        status.put("podIP", podIp);
        status.putArray("podIPs").addObject().put("ip", podIp);
        status.put("startTime", now);
        if (!spec.path("initContainers").isEmpty()) {
            status.set("initContainerStatuses", containerStatuses(key, spec.path("initContainers"), now, false));
        }
        status.set("containerStatuses", containerStatuses(key, spec.path("containers"), now, true));
        status.put("qosClass", "BestEffort");
        context.update(key, running, pod);
        context.explanation().add(Stage.CONTROLLERS, Mark.INFO, "controllers.kubelet.running", key.namespace(), key.name(),
                DefaultClusterState.NODE_NAME);
    }

    /**
     * The pod IP as the CNI's host-local IPAM hands it out on the node's podCIDR 10.244.0.0/24: the lowest free
     * address from .2 up (.1 is the bridge), so that the same steps give the same addresses.
     */
    static String nextPodIp(ControllerContext context) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (ObjectNode pod : context.tx().list("", "pods", "")) {
            used.add(pod.path("status").path("podIP").asText(""));
        }
        for (int host = 2; host < 255; host++) {
            String ip = "10.244.0." + host;
            if (!used.contains(ip)) {
                return ip;
            }
        }
        return "10.244.0." + (2 + RANDOM.nextInt(250));
    }

    private static ArrayNode containerStatuses(ObjectKey pod, JsonNode containers, String now, boolean running) {
        ArrayNode statuses = dev.rbaclab.cluster.api.Json.array();
        for (JsonNode container : containers) {
            ObjectNode status = statuses.addObject();
            String image = container.path("image").asText("");
            // stable per pod and container (and the same image always has the same digest), so that the same
            // steps in two sandboxes print the same
            status.put("containerID", "containerd://" + digest("container:" + pod.namespace() + "/" + pod.name() + "/"
                    + container.path("name").asText("")));
            status.put("image", fullImage(image));
            status.put("imageID", fullImage(image).replaceAll(":[^:/@]+$", "") + "@sha256:" + digest("image:" + fullImage(image)));
            status.putObject("lastState");
            status.put("name", container.path("name").asText(""));
            status.put("ready", running);
            status.put("restartCount", 0);
            status.put("started", running);
            ObjectNode state = status.putObject("state");
            if (running) {
                state.putObject("running").put("startedAt", now);
            } else {
                ObjectNode terminated = state.putObject("terminated");
                terminated.put("exitCode", 0);
                terminated.put("finishedAt", now);
                terminated.put("reason", "Completed");
                terminated.put("startedAt", now);
            }
        }
        return statuses;
    }

    /** containerd reports images fully qualified: docker.io/library/busybox:latest. */
    static String fullImage(String image) {
        String last = image.substring(image.lastIndexOf('/') + 1);
        String withTag = image.contains("@") || last.contains(":") ? image : image + ":latest";
        String first = withTag.split("/")[0];
        boolean hasRegistry = withTag.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost"));
        if (hasRegistry) {
            return withTag;
        }
        return withTag.contains("/") ? "docker.io/" + withTag : "docker.io/library/" + withTag;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
