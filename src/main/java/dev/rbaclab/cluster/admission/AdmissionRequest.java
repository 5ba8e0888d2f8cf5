package dev.rbaclab.cluster.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Explanation;

/**
 * What admission sees of a write (admission.Attributes): the operation, the resource, the new object (which
 * mutating plugins may change in place) and the old one, the user, and a read view of the sandbox.
 */
public record AdmissionRequest(
        Operation operation,
        GroupResource resource,
        String subresource,
        String namespace,
        String name,
        ObjectNode object,
        ObjectNode oldObject,
        UserInfo user,
        ObjectReader cluster,
        Sandbox sandbox,
        Explanation explanation,
        boolean dryRun) {

    public boolean is(String group, String resourceName) {
        return resource.group().equals(group) && resource.resource().equals(resourceName);
    }

    /**
     * admission.NewForbidden: a 403 named after the object; before name generation the generateName stands in,
     * and "Unknown" when there is neither.
     */
    public ApiException forbidden(String message) {
        String objectName = name;
        if (objectName == null || objectName.isEmpty()) {
            objectName = "Unknown";
            if (object != null) {
                String n = object.path("metadata").path("name").asText("");
                String g = object.path("metadata").path("generateName").asText("");
                objectName = !n.isEmpty() ? n : !g.isEmpty() ? g : objectName;
            }
        }
        return ApiException.forbidden(resource, objectName, message);
    }
}
