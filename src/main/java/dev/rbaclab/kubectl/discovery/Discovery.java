package dev.rbaclab.kubectl.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.kubectl.client.ConnectionRefused;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The discovery client with kubectl's disk cache replaced by a per-console-session memory: the first command
 * asks {@code /api}, {@code /apis}, then every group-version (as kubectl does on a cold cache), later commands
 * reuse the answer. {@code api-resources} and unknown names refresh it, as kubectl's cache invalidation does.
 */
public final class Discovery {

    static final String AGGREGATED_ACCEPT = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
            + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

    private List<ApiGroupResources> cached;

    /** The cached discovery, fetched through {@code client} when there is none. */
    public synchronized List<ApiGroupResources> groups(RestClient client) {
        if (cached == null) {
            cached = fetch(client);
        }
        return cached;
    }

    public synchronized boolean isCached() {
        return cached != null;
    }

    public synchronized void invalidate() {
        cached = null;
    }

    /** Only the group list ({@code /api} + {@code /apis}), as {@code kubectl api-versions} needs. */
    public static List<String> groupVersions(RestClient client) {
        List<String> versions = new ArrayList<>();
        for (String v : Json.strings(discoveryGet(client, "/api", AGGREGATED_ACCEPT).path("versions"))) {
            versions.add(v);
        }
        for (JsonNode group : discoveryGet(client, "/apis", AGGREGATED_ACCEPT).path("groups")) {
            for (JsonNode version : group.path("versions")) {
                versions.add(version.path("groupVersion").asText());
            }
        }
        return versions;
    }

    private static List<ApiGroupResources> fetch(RestClient client) {
        List<ApiGroupResources> groups = new ArrayList<>();
        JsonNode core = discoveryGet(client, "/api", AGGREGATED_ACCEPT);
        JsonNode named = discoveryGet(client, "/apis", AGGREGATED_ACCEPT);
        List<ApiGroupResources.VersionResources> coreVersions = new ArrayList<>();
        List<String> coreNames = Json.strings(core.path("versions"));
        for (String version : coreNames) {
            coreVersions.add(new ApiGroupResources.VersionResources(version,
                    resources("", version, discoveryGet(client, "/api/" + version, Request.DISCOVERY))));
        }
        if (!coreNames.isEmpty()) {
            groups.add(new ApiGroupResources("", coreNames.get(0), coreVersions));
        }
        for (JsonNode group : named.path("groups")) {
            String name = group.path("name").asText();
            List<ApiGroupResources.VersionResources> versions = new ArrayList<>();
            for (JsonNode version : group.path("versions")) {
                String v = version.path("version").asText();
                versions.add(new ApiGroupResources.VersionResources(v,
                        resources(name, v, discoveryGet(client, "/apis/" + name + "/" + v, Request.DISCOVERY))));
            }
            groups.add(new ApiGroupResources(name, group.path("preferredVersion").path("version").asText(), versions));
        }
        return groups;
    }

    private static List<ResourceMapping> resources(String group, String version, JsonNode list) {
        List<ResourceMapping> resources = new ArrayList<>();
        for (JsonNode r : list.path("resources")) {
            String kind = r.path("kind").asText();
            String singular = r.path("singularName").asText("");
            resources.add(new ResourceMapping(group, version, r.path("name").asText(), singular, kind,
                    r.path("namespaced").asBoolean(), Json.strings(r.path("verbs")), Json.strings(r.path("shortNames")),
                    Json.strings(r.path("categories"))));
        }
        return resources;
    }

    /** A discovery GET; failures read as the discovery client reports them (no Status decoding). */
    static JsonNode discoveryGet(RestClient client, String path, String accept) {
        Request request = new Request("GET", path, Map.of("timeout", List.of("32s")), accept, null, null, null, null);
        ApiResponse response;
        try {
            response = client.exchange(request);
        } catch (ConnectionRefused e) {
            throw new DiscoveryFailure(path, e);
        }
        if (response.code() < 200 || response.code() >= 300) {
            StatusError error = RestClient.statusError(request, response);
            throw new DiscoveryFailure(path, genericMessage(response.code(), error));
        }
        return Json.parse(response.bodyText());
    }

    private static StatusError genericMessage(int code, StatusError decoded) {
        return switch (code) {
            case 401 -> decoded.withMessage("the server has asked for the client to provide credentials");
            case 403 -> decoded.withMessage("unknown");
            case 404 -> decoded.withMessage("the server could not find the requested resource");
            default -> decoded;
        };
    }
}
