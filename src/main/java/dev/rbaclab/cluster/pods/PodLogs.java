package dev.rbaclab.cluster.pods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET .../pods/<name>/log}: what a simulated container printed. The kubectl-proxy ambassador of the book
 * prints the line kubectl proxy prints; other images print nothing.
 */
public final class PodLogs {

    private PodLogs() {
    }

    public static String logs(ObjectReader cluster, String namespace, String podName, String container) {
        ObjectNode pod = cluster.get(new ObjectKey("", "pods", namespace, podName))
                .orElseThrow(() -> ApiException.notFound(GroupResource.core("pods"), podName));
        JsonNode chosen = chooseContainer(pod, podName, container);
        return Images.isKubectlProxy(chosen.path("image").asText("")) ? "Starting to serve on 127.0.0.1:8001\n" : "";
    }

    /** The container a request means: the one named, or the only one; otherwise the API server's 400. */
    public static JsonNode chooseContainer(JsonNode pod, String podName, String container) {
        List<String> names = new ArrayList<>();
        JsonNode containers = pod.path("spec").path("containers");
        for (JsonNode c : containers) {
            names.add(c.path("name").asText(""));
            if (container != null && !container.isEmpty() && c.path("name").asText("").equals(container)) {
                return c;
            }
        }
        for (JsonNode c : pod.path("spec").path("initContainers")) {
            if (container != null && c.path("name").asText("").equals(container)) {
                return c;
            }
        }
        if (container != null && !container.isEmpty()) {
            throw ApiException.badRequest("container " + container + " is not valid for pod " + podName);
        }
        if (containers.size() == 1) {
            return containers.get(0);
        }
        throw ApiException.badRequest("a container name must be specified for pod " + podName + ", choose one of: ["
                + String.join(" ", names) + "]");
    }
}
