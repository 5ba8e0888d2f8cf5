package dev.rbaclab.kubectl.apply;

import java.util.Map;

/**
 * The strategic-merge-patch struct tags kubectl knows from its compiled-in types (k8s.io/api
 * {@code patchStrategy:"merge" patchMergeKey:"..."}), for the kinds of the lab. A list not named here is atomic:
 * a patch replaces it whole (Role rules, binding subjects, ServiceAccount imagePullSecrets, ...).
 */
final class PatchMeta {

    /** Merge keys by JSON path (array items written as {@code []}); "" marks a merged list of primitives. */
    private static final Map<String, String> MERGE_KEYS = Map.ofEntries(
            Map.entry("metadata.finalizers", ""),
            Map.entry("metadata.ownerReferences", "uid"),
            Map.entry("secrets", "name"),
            Map.entry("spec.containers", "name"),
            Map.entry("spec.initContainers", "name"),
            Map.entry("spec.ephemeralContainers", "name"),
            Map.entry("spec.volumes", "name"),
            Map.entry("spec.imagePullSecrets", "name"),
            Map.entry("spec.containers[].env", "name"),
            Map.entry("spec.containers[].ports", "containerPort"),
            Map.entry("spec.containers[].volumeMounts", "mountPath"),
            Map.entry("spec.initContainers[].env", "name"),
            Map.entry("spec.initContainers[].ports", "containerPort"),
            Map.entry("spec.initContainers[].volumeMounts", "mountPath"),
            Map.entry("spec.ports", "port"),
            Map.entry("spec.template.spec.containers", "name"),
            Map.entry("spec.template.spec.volumes", "name"),
            Map.entry("spec.template.spec.containers[].env", "name"));

    private PatchMeta() {
    }

    /** The merge key of the list at {@code path} for {@code kind}, or null for an atomic list. */
    static String mergeKey(String kind, String path) {
        if (path.equals("secrets") && !kind.equals("ServiceAccount")) {
            return null;
        }
        if (path.startsWith("spec.") && !kind.equals("Pod") && !kind.equals("Service") && !path.startsWith("spec.template")) {
            return null;
        }
        return MERGE_KEYS.get(path);
    }
}
