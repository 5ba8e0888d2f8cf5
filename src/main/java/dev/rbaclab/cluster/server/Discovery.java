package dev.rbaclab.cluster.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.ResourceCatalog;

import java.util.List;
import java.util.Optional;

/**
 * The legacy discovery documents ({@code /api}, {@code /apis}, {@code /api/v1}, {@code /apis/<g>[/<v>]}). The
 * aggregated form is not served: kubectl falls back to these cleanly, and needs {@code /api/v1} anyway.
 */
final class Discovery {

    private final ResourceCatalog catalog;
    private final java.util.function.Supplier<String> serverAddress;

    Discovery(ResourceCatalog catalog, java.util.function.Supplier<String> serverAddress) {
        this.catalog = catalog;
        this.serverAddress = serverAddress;
    }

    ObjectNode apiVersions() {
        ObjectNode doc = Json.object();
        doc.put("kind", "APIVersions");
        doc.putArray("versions").add("v1");
        ObjectNode cidr = doc.putArray("serverAddressByClientCIDRs").addObject();
        cidr.put("clientCIDR", "0.0.0.0/0");
        cidr.put("serverAddress", serverAddress.get());
        return doc;
    }

    ObjectNode apiGroupList() {
        ObjectNode doc = Json.object();
        doc.put("kind", "APIGroupList");
        doc.put("apiVersion", "v1");
        ArrayNode groups = doc.putArray("groups");
        for (ResourceCatalog.Group group : catalog.groups()) {
            if (!group.name().isEmpty()) {
                groups.add(groupJson(group, false));
            }
        }
        return doc;
    }

    Optional<ObjectNode> apiGroup(String name) {
        return catalog.groups().stream().filter(g -> g.name().equals(name) && !name.isEmpty()).findFirst()
                .map(g -> groupJson(g, true));
    }

    private static ObjectNode groupJson(ResourceCatalog.Group group, boolean typed) {
        ObjectNode json = Json.object();
        if (typed) {
            json.put("kind", "APIGroup");
            json.put("apiVersion", "v1");
        }
        json.put("name", group.name());
        ArrayNode versions = json.putArray("versions");
        for (String version : group.versions()) {
            versions.addObject().put("groupVersion", group.name() + "/" + version).put("version", version);
        }
        json.putObject("preferredVersion").put("groupVersion", group.name() + "/" + group.preferredVersion())
                .put("version", group.preferredVersion());
        return json;
    }

    Optional<ObjectNode> resourceList(String group, String version) {
        Optional<List<ApiResource>> resources = catalog.resources(group, version);
        if (resources.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode doc = Json.object();
        doc.put("kind", "APIResourceList");
        doc.put("apiVersion", "v1");
        doc.put("groupVersion", ResourceCatalog.groupVersion(group, version));
        ArrayNode list = doc.putArray("resources");
        for (ApiResource resource : resources.get()) {
            ObjectNode r = list.addObject();
            r.put("name", resource.name());
            r.put("singularName", resource.singular());
            r.put("namespaced", resource.namespaced());
            if (!resource.responseGroup().isEmpty()) {
                r.put("group", resource.responseGroup());
                r.put("version", resource.responseVersion());
            }
            r.put("kind", resource.kind());
            r.set("verbs", Json.arrayOf(resource.verbs()));
            if (!resource.shortNames().isEmpty()) {
                r.set("shortNames", Json.arrayOf(resource.shortNames()));
            }
            if (!resource.categories().isEmpty()) {
                r.set("categories", Json.arrayOf(resource.categories()));
            }
        }
        return Optional.of(doc);
    }
}
