package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.util.List;

/**
 * What a v1.32 API server fills into a new Pod besides the ServiceAccount admission: the v1 scheme defaults
 * (pkg/apis/core/v1/defaults.go), the Priority and DefaultTolerationSeconds admission plugins, and the field
 * order of the Go types, so that {@code kubectl get pod -o yaml} reads like a real cluster's.
 */
final class PodDefaults {

    static final List<String> SPEC_ORDER = List.of("volumes", "initContainers", "containers", "ephemeralContainers",
            "restartPolicy", "terminationGracePeriodSeconds", "activeDeadlineSeconds", "dnsPolicy", "nodeSelector",
            "serviceAccountName", "serviceAccount", "automountServiceAccountToken", "nodeName", "hostNetwork",
            "hostPID", "hostIPC", "shareProcessNamespace", "securityContext", "imagePullSecrets", "hostname",
            "subdomain", "affinity", "schedulerName", "tolerations", "hostAliases", "priorityClassName", "priority",
            "dnsConfig", "readinessGates", "runtimeClassName", "enableServiceLinks", "preemptionPolicy", "overhead",
            "topologySpreadConstraints", "setHostnameAsFQDN", "os", "hostUsers", "schedulingGates", "resourceClaims",
            "resources");

    static final List<String> CONTAINER_ORDER = List.of("name", "image", "command", "args", "workingDir", "ports",
            "envFrom", "env", "resources", "resizePolicy", "restartPolicy", "volumeMounts", "volumeDevices",
            "livenessProbe", "readinessProbe", "startupProbe", "lifecycle", "terminationMessagePath",
            "terminationMessagePolicy", "imagePullPolicy", "securityContext", "stdin", "stdinOnce", "tty");

    static final List<String> STATUS_ORDER = List.of("observedGeneration", "phase", "conditions", "message", "reason",
            "nominatedNodeName", "hostIP", "hostIPs", "podIP", "podIPs", "startTime", "initContainerStatuses",
            "containerStatuses", "qosClass", "ephemeralContainerStatuses", "resize", "resourceClaimStatuses");

    private PodDefaults() {
    }

    static void apply(ObjectNode pod) {
        ObjectNode spec = pod.with("spec");
        putIfAbsent(spec, "restartPolicy", "Always");
        if (!spec.has("terminationGracePeriodSeconds")) {
            spec.put("terminationGracePeriodSeconds", 30);
        }
        putIfAbsent(spec, "dnsPolicy", "ClusterFirst");
        if (!spec.has("securityContext")) {
            spec.putObject("securityContext");
        }
        putIfAbsent(spec, "schedulerName", "default-scheduler");
        if (!spec.has("enableServiceLinks")) {
            spec.put("enableServiceLinks", true);
        }
        // the Priority admission plugin: no priorityClassName and no default class means priority 0
        if (!spec.has("priority")) {
            spec.put("priority", 0);
        }
        putIfAbsent(spec, "preemptionPolicy", "PreemptLowerPriority");
        addDefaultTolerations(spec);
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode container : spec.path(list)) {
                if (container instanceof ObjectNode c) {
                    defaultContainer(c);
                }
            }
        }
        order(pod);
    }

    private static void defaultContainer(ObjectNode container) {
        if (!container.has("resources")) {
            container.putObject("resources");
        }
        putIfAbsent(container, "terminationMessagePath", "/dev/termination-log");
        putIfAbsent(container, "terminationMessagePolicy", "File");
        putIfAbsent(container, "imagePullPolicy", pullPolicy(container.path("image").asText("")));
        for (JsonNode port : container.path("ports")) {
            if (port instanceof ObjectNode p) {
                putIfAbsent(p, "protocol", "TCP");
            }
        }
    }

    /** SetDefaults_Container: "latest" (or no tag) means the image is always pulled. */
    static String pullPolicy(String image) {
        if (image.contains("@")) {
            return "IfNotPresent";
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        int colon = last.lastIndexOf(':');
        if (colon < 0 || last.substring(colon + 1).equals("latest")) {
            return "Always";
        }
        return "IfNotPresent";
    }

    /** DefaultTolerationSeconds admission: tolerate not-ready and unreachable nodes for 300 s. */
    private static void addDefaultTolerations(ObjectNode spec) {
        ArrayNode tolerations = spec.get("tolerations") instanceof ArrayNode t ? t : Json.array();
        for (String key : List.of("node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable")) {
            boolean present = false;
            for (JsonNode t : tolerations) {
                present |= t.path("key").asText().equals(key);
            }
            if (!present) {
                ObjectNode toleration = tolerations.addObject();
                toleration.put("effect", "NoExecute");
                toleration.put("key", key);
                toleration.put("operator", "Exists");
                toleration.put("tolerationSeconds", 300);
            }
        }
        spec.set("tolerations", tolerations);
    }

    /** Orders spec, containers and status fields as the Go types serialize them. */
    static void order(ObjectNode pod) {
        if (pod.get("spec") instanceof ObjectNode spec) {
            for (String list : List.of("initContainers", "containers")) {
                if (spec.get(list) instanceof ArrayNode containers) {
                    for (int i = 0; i < containers.size(); i++) {
                        if (containers.get(i) instanceof ObjectNode c) {
                            containers.set(i, RbacFields.ordered(c, CONTAINER_ORDER));
                        }
                    }
                }
            }
            pod.set("spec", RbacFields.ordered(spec, SPEC_ORDER));
        }
        if (pod.get("status") instanceof ObjectNode status) {
            pod.set("status", RbacFields.ordered(status, STATUS_ORDER));
        }
    }

    private static void putIfAbsent(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field) || node.get(field).asText().isEmpty()) {
            node.put(field, value);
        }
    }
}
