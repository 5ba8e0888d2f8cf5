package dev.rbaclab.cluster.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.ResourceCatalog;

import java.util.List;
import java.util.Optional;

/**
 * The minimal OpenAPI v3 that lets {@code kubectl create -f}, {@code apply} and {@code edit} validate on the
 * server (kubectl-protocol.md §8): per group-version, one PATCH operation per kind with its
 * x-kubernetes-group-version-kind and a {@code fieldValidation} parameter on the operation. No schemas, on
 * purpose: with them kubectl would compute apply patches from the (empty) schemas instead of its built-in types.
 */
final class OpenApi {

    private static final String HASH = "RBACLAB0OPENAPI0V3";

    private final ResourceCatalog catalog;

    OpenApi(ResourceCatalog catalog) {
        this.catalog = catalog;
    }

    ObjectNode root() {
        ObjectNode doc = Json.object();
        ObjectNode paths = doc.putObject("paths");
        for (ResourceCatalog.Group group : catalog.groups()) {
            for (String version : group.versions()) {
                String path = group.name().isEmpty() ? "api/" + version : "apis/" + group.name() + "/" + version;
                paths.putObject(path).put("serverRelativeURL", "/openapi/v3/" + path + "?hash=" + HASH);
            }
        }
        return doc;
    }

    Optional<ObjectNode> groupVersion(String group, String version, String serverVersion) {
        Optional<List<ApiResource>> resources = catalog.resources(group, version);
        if (resources.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.0.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", serverVersion);
        ObjectNode paths = doc.putObject("paths");
        String prefix = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        for (ApiResource resource : resources.get()) {
            if (resource.isSubresource() || !resource.supports("patch")) {
                continue;
            }
            String path = prefix + (resource.namespaced() ? "/namespaces/{namespace}/" : "/") + resource.name() + "/{name}";
            ObjectNode patch = paths.putObject(path).putObject("patch");
            patch.put("operationId", "patch" + resource.kind());
            patch.put("x-kubernetes-action", "patch");
            ObjectNode gvk = patch.putObject("x-kubernetes-group-version-kind");
            gvk.put("group", group);
            gvk.put("version", version);
            gvk.put("kind", resource.kind());
            ArrayNode parameters = patch.putArray("parameters");
            for (String name : List.of("fieldValidation", "fieldManager", "dryRun", "force")) {
                ObjectNode parameter = parameters.addObject();
                parameter.put("name", name);
                parameter.put("in", "query");
                parameter.putObject("schema").put("type", name.equals("force") ? "boolean" : "string").put("uniqueItems", true);
            }
            patch.putObject("responses").putObject("200").put("description", "OK");
        }
        doc.putObject("components").putObject("schemas");
        return Optional.of(doc);
    }
}
