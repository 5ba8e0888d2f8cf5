package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Meta;

/** The namespace of an object comes from the URL; a different one in the body is refused (rest.EnsureObjectNamespaceMatchesRequestNamespace). */
final class Namespaces {

    private Namespaces() {
    }

    static void setFromRequest(ObjectNode object, ApiResource resource, String requestNamespace) {
        ObjectNode metadata = Meta.metadata(object);
        String objectNamespace = metadata.path("namespace").asText("");
        if (!resource.namespaced()) {
            // cluster-scoped objects silently lose a namespace a client put in
            metadata.remove("namespace");
            return;
        }
        if (!objectNamespace.isEmpty() && !objectNamespace.equals(requestNamespace)) {
            throw ApiException.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
        metadata.put("namespace", requestNamespace);
    }
}
