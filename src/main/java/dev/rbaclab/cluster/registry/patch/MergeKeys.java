package dev.rbaclab.cluster.registry.patch;

import java.util.HashMap;
import java.util.Map;

/**
 * The lists that strategic merge patch merges instead of replacing, from the {@code patchStrategy} and
 * {@code patchMergeKey} tags of k8s.io/api. Paths are field names joined by dots, {@code []} marking list items.
 */
public final class MergeKeys {

    /** A merge key, or {@link #SET} for primitive lists merged as sets. */
    public static final String SET = "";

    private static final Map<String, String> COMMON = Map.of(
            "metadata.finalizers", SET,
            "metadata.ownerReferences", "uid");

    private static final Map<String, String> POD_SPEC = Map.ofEntries(
            Map.entry("volumes", "name"),
            Map.entry("initContainers", "name"),
            Map.entry("containers", "name"),
            Map.entry("ephemeralContainers", "name"),
            Map.entry("imagePullSecrets", "name"),
            Map.entry("initContainers[].env", "name"),
            Map.entry("containers[].env", "name"),
            Map.entry("initContainers[].ports", "containerPort"),
            Map.entry("containers[].ports", "containerPort"),
            Map.entry("initContainers[].volumeMounts", "mountPath"),
            Map.entry("containers[].volumeMounts", "mountPath"),
            Map.entry("initContainers[].volumeDevices", "devicePath"),
            Map.entry("containers[].volumeDevices", "devicePath"),
            Map.entry("hostAliases", "ip"),
            Map.entry("topologySpreadConstraints", "topologyKey"),
            Map.entry("resourceClaims", "name"),
            Map.entry("schedulingGates", "name"));

    private static final Map<String, Map<String, String>> BY_KIND = build();

    private MergeKeys() {
    }

    private static Map<String, Map<String, String>> build() {
        Map<String, Map<String, String>> byKind = new HashMap<>();
        Map<String, String> pod = withCommon();
        POD_SPEC.forEach((path, key) -> pod.put("spec." + path, key));
        pod.put("status.conditions", "type");
        pod.put("status.containerStatuses", "name");
        byKind.put("Pod", pod);
        for (String workload : new String[]{"Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController", "PodTemplate"}) {
            Map<String, String> keys = withCommon();
            String prefix = workload.equals("PodTemplate") ? "template.spec." : "spec.template.spec.";
            POD_SPEC.forEach((path, key) -> keys.put(prefix + path, key));
            byKind.put(workload, keys);
        }
        Map<String, String> sa = withCommon();
        sa.put("secrets", "name");
        byKind.put("ServiceAccount", sa);
        Map<String, String> service = withCommon();
        service.put("spec.ports", "port");
        byKind.put("Service", service);
        Map<String, String> node = withCommon();
        node.put("status.conditions", "type");
        node.put("status.addresses", "type");
        node.put("spec.podCIDRs", SET);
        byKind.put("Node", node);
        return byKind;
    }

    private static Map<String, String> withCommon() {
        return new HashMap<>(COMMON);
    }

    /** The merge key of the list at {@code path} in an object of {@code kind}, or null when the list is replaced. */
    public static String forPath(String kind, String path) {
        Map<String, String> keys = BY_KIND.get(kind);
        return keys == null ? COMMON.get(path) : keys.get(path);
    }
}
