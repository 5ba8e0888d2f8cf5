package dev.rbaclab.kubectl.cmd.pods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.cmd.resource.Fetched;
import dev.rbaclab.kubectl.cmd.resource.Fetcher;
import dev.rbaclab.kubectl.cmd.resource.Lists;
import dev.rbaclab.kubectl.cmd.resource.Target;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The pod behind {@code POD} or {@code TYPE/NAME} for {@code logs} and {@code exec}: Builder.ResourceNames("pods", arg)
 * reads the object; a pod is used as it is, a workload through its selector
 * (polymorphichelpers.AttachablePodForObject / GetFirstPod), anything else is refused with kubectl's sentence.
 */
final class PodTarget {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job",
            "ReplicationController", "Service");

    private PodTarget() {
    }

    /** The object the argument names (a pod unless {@code TYPE/NAME}). */
    static ObjectNode read(CommandContext context, String arg) {
        String type = "pods";
        String name = arg;
        int slash = arg.indexOf('/');
        if (slash >= 0) {
            type = arg.substring(0, slash);
            name = arg.substring(slash + 1);
        }
        ResourceMapping mapping = context.mapper().mappingFor(type);
        Target target = new Target(mapping, mapping.namespaced() ? context.namespace() : "", name);
        Fetched fetched = new Fetcher(context.client(), Request.JSON, "", "").fetch(target);
        if (fetched.failed()) {
            throw fetched.error();
        }
        return fetched.body();
    }

    /**
     * The pod of an object. {@code what} names the action in kubectl's refusal: "get the logs from" or "attach to".
     */
    static ObjectNode podOf(CommandContext context, ObjectNode object, String what) {
        String kind = object.path("kind").asText();
        if (kind.equals("Pod")) {
            return object;
        }
        String apiVersion = object.path("apiVersion").asText();
        String goType = "*" + apiVersion.substring(apiVersion.indexOf('/') + 1) + "." + kind;
        if (!WORKLOADS.contains(kind)) {
            throw new CommandError("cannot " + what + " " + goType + ": selector for " + goType + " not implemented");
        }
        // services and replication controllers select with a plain map, the apps and batch kinds with matchLabels
        boolean plainMap = kind.equals("Service") || kind.equals("ReplicationController");
        JsonNode selector = plainMap ? object.path("spec").path("selector")
                : object.path("spec").path("selector").path("matchLabels");
        List<String> terms = new ArrayList<>();
        selector.fields().forEachRemaining(e -> terms.add(e.getKey() + "=" + e.getValue().asText()));
        terms.sort(null);
        String namespace = object.path("metadata").path("namespace").asText();
        JsonNode list = context.client().send(new Request("GET", "/api/v1/namespaces/" + namespace + "/pods",
                java.util.Map.of(), Request.JSON, null, null, "pods", null)
                .withQuery("labelSelector", String.join(",", terms))).json();
        List<ObjectNode> pods = new ArrayList<>(Lists.items(list));
        if (pods.isEmpty()) {
            throw new CommandError("timed out waiting for the condition");
        }
        // podutils.ByLogging, simplified: running pods first, then the oldest
        pods.sort(Comparator.comparing((ObjectNode p) -> !p.path("status").path("phase").asText().equals("Running"))
                .thenComparing(p -> p.path("metadata").path("creationTimestamp").asText()));
        if (pods.size() > 1) {
            context.out().printErr("Found " + pods.size() + " pods, using pod/" + pods.get(0).path("metadata").path("name").asText() + "\n");
        }
        return pods.get(0);
    }

    /** Whether an error from reading is a NotFound (logs words it differently). */
    static boolean isNotFound(RuntimeException e) {
        return e instanceof StatusError status && status.isNotFound();
    }
}
