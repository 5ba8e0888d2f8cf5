package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.request.FieldSelector;

import java.util.List;
import java.util.Map;

/**
 * The fields each resource can be selected by (the registries' GetAttrs / field label conversion functions).
 * Every resource supports metadata.name and metadata.namespace; others are per kind.
 */
final class FieldLabels {

    private static final Map<GroupResource, List<String>> EXTRA = Map.of(
            GroupResource.core("pods"), List.of("spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                    "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"),
            GroupResource.core("secrets"), List.of("type"),
            GroupResource.core("namespaces"), List.of("status.phase"),
            GroupResource.core("nodes"), List.of("spec.unschedulable"),
            GroupResource.core("events"), List.of("involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                    "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
                    "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type"),
            GroupResource.core("persistentvolumeclaims"), List.of("spec.volumeName"));

    private FieldLabels() {
    }

    /** Rejects selectors on fields the resource does not support, as the server does (400). */
    static void check(GroupResource resource, FieldSelector selector) {
        List<String> extra = EXTRA.getOrDefault(resource, List.of());
        for (FieldSelector.Term term : selector.terms()) {
            String field = term.field();
            if (!field.equals("metadata.name") && !field.equals("metadata.namespace") && !extra.contains(field)) {
                throw ApiException.badRequest("field label not supported: " + field);
            }
        }
    }

    static String value(JsonNode object, String field) {
        if (field.equals("source")) {
            return object.path("source").path("component").asText("");
        }
        JsonNode current = object;
        for (String part : field.split("\\.")) {
            current = current.path(part);
        }
        if (current.isMissingNode() || current.isNull()) {
            return field.equals("spec.hostNetwork") || field.equals("spec.unschedulable") ? "false" : "";
        }
        return current.asText();
    }
}
