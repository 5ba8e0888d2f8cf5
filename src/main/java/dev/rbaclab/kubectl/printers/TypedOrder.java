package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The field order of Go's typed structs: commands built on the typed clientset (the {@code create} generators,
 * {@code create token}, {@code auth}) print {@code -o json} in declaration order, not sorted. Also adds the
 * fields a typed struct always writes ({@code rules: null}, {@code spec: {}}). Fields not listed keep their order
 * after the listed ones.
 */
public final class TypedOrder {

    private static final List<String> TYPE_META = List.of("kind", "apiVersion", "metadata");
    private static final List<String> OBJECT_META = List.of("name", "generateName", "namespace", "selfLink", "uid",
            "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
            "labels", "annotations", "ownerReferences", "finalizers", "managedFields");
    private static final Map<String, List<String>> KIND_FIELDS = Map.ofEntries(
            Map.entry("Namespace", List.of("spec", "status")),
            Map.entry("ServiceAccount", List.of("secrets", "imagePullSecrets", "automountServiceAccountToken")),
            Map.entry("Secret", List.of("immutable", "data", "stringData", "type")),
            Map.entry("ConfigMap", List.of("immutable", "data", "binaryData")),
            Map.entry("Role", List.of("rules")),
            Map.entry("ClusterRole", List.of("rules", "aggregationRule")),
            Map.entry("RoleBinding", List.of("subjects", "roleRef")),
            Map.entry("ClusterRoleBinding", List.of("subjects", "roleRef")),
            Map.entry("TokenRequest", List.of("spec", "status")),
            Map.entry("SelfSubjectReview", List.of("status")),
            Map.entry("SelfSubjectAccessReview", List.of("spec", "status")),
            Map.entry("SelfSubjectRulesReview", List.of("spec", "status")),
            Map.entry("Pod", List.of("spec", "status")));
    private static final Map<String, List<String>> NESTED = Map.ofEntries(
            Map.entry("rules", List.of("verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs")),
            Map.entry("subjects", List.of("kind", "apiGroup", "name", "namespace")),
            Map.entry("roleRef", List.of("apiGroup", "kind", "name")),
            Map.entry("TokenRequest.spec", List.of("audiences", "expirationSeconds", "boundObjectRef")),
            Map.entry("TokenRequest.status", List.of("token", "expirationTimestamp")));

    private TypedOrder() {
    }

    public static JsonNode of(JsonNode object) {
        if (!(object instanceof ObjectNode node)) {
            return object;
        }
        String kind = node.path("kind").asText();
        List<String> order = new ArrayList<>(TYPE_META);
        order.addAll(KIND_FIELDS.getOrDefault(kind, List.of()));
        ObjectNode out = reorder(node, order);
        if (out.get("metadata") instanceof ObjectNode metadata) {
            out.set("metadata", reorder(metadata, OBJECT_META));
        }
        switch (kind) {
            case "Namespace" -> {
                ensure(out, "spec");
                ensure(out, "status");
            }
            case "Role", "ClusterRole" -> {
                if (!out.has("rules")) {
                    out.putNull("rules");
                }
            }
            default -> {
            }
        }
        reorderItems(out, "rules");
        reorderItems(out, "subjects");
        if (out.get("roleRef") instanceof ObjectNode ref) {
            out.set("roleRef", reorder(ref, NESTED.get("roleRef")));
        }
        if (kind.equals("TokenRequest")) {
            for (String part : List.of("spec", "status")) {
                if (out.get(part) instanceof ObjectNode p) {
                    out.set(part, reorder(p, NESTED.get("TokenRequest." + part)));
                }
            }
        }
        return out;
    }

    private static void ensure(ObjectNode node, String field) {
        if (!node.has(field)) {
            node.putObject(field);
        }
    }

    private static void reorderItems(ObjectNode node, String field) {
        JsonNode items = node.get(field);
        if (items == null || !items.isArray()) {
            return;
        }
        var array = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : items) {
            array.add(item instanceof ObjectNode o ? reorder(o, NESTED.get(field)) : item);
        }
        node.set(field, array);
    }

    private static ObjectNode reorder(ObjectNode node, List<String> order) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String field : order) {
            if (node.has(field)) {
                out.set(field, node.get(field));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
