package dev.rbaclab.labapi;

import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.cluster.server.Source;
import dev.rbaclab.cluster.store.Sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sends requests to a sandbox as its admin ({@code kubernetes-admin}) through the pipeline, marked as the lab's. */
public final class LabClient {

    private final ApiServer apiServer;

    public LabClient(ApiServer apiServer) {
        this.apiServer = apiServer;
    }

    public ApiResponse send(Sandbox sandbox, String method, String path, Map<String, List<String>> query,
                            String contentType, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of("Bearer " + sandbox.adminToken()));
        headers.put("Accept", List.of(ApiResponse.JSON));
        headers.put("User-Agent", List.of("rbac-lab"));
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        return apiServer.serve(new ApiRequest(method, sandbox.id(), path, query, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), Source.LAB));
    }

    public ApiResponse get(Sandbox sandbox, String path) {
        return send(sandbox, "GET", path, Map.of(), null, null);
    }

    public ApiResponse post(Sandbox sandbox, String path, String json) {
        return send(sandbox, "POST", path, Map.of(), ApiResponse.JSON, json);
    }

    public ApiResponse delete(Sandbox sandbox, String path) {
        return send(sandbox, "DELETE", path, Map.of(), null, null);
    }

    /** Server-side apply (create or update) owned by the lab's field manager. */
    public ApiResponse apply(Sandbox sandbox, String path, String yaml) {
        return send(sandbox, "PATCH", path, Map.of("fieldManager", List.of("rbac-lab"), "force", List.of("true")),
                "application/apply-patch+yaml", yaml);
    }

    /** The path of an object: {@code /api/v1/namespaces/ns/pods/name} or {@code /apis/group/version/...}. */
    public static String path(String group, String version, String resource, String namespace, String name) {
        String base = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        return base + (namespace.isEmpty() ? "" : "/namespaces/" + namespace) + "/" + resource
                + (name.isEmpty() ? "" : "/" + name);
    }
}
