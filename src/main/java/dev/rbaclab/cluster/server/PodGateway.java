package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.pods.PodNetwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The network between simulated pods and the API server: their requests run through the same chain as Source.POD. */
public final class PodGateway implements PodNetwork {

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(201, "Created"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"));

    private final ApiServer apiServer;
    private final Source source;

    public PodGateway(ApiServer apiServer) {
        this(apiServer, Source.POD);
    }

    /** A gateway for another kind of caller (the console's workstation curl is {@link Source#CONSOLE}). */
    public PodGateway(ApiServer apiServer, Source source) {
        this.apiServer = apiServer;
        this.source = source;
    }

    @Override
    public Response send(String sandboxId, String method, String path, Map<String, List<String>> query,
                         Map<String, List<String>> headers, byte[] body) {
        // no sandbox: a path under the lab's address that names no sandbox of this caller; nobody serves it
        ApiResponse response = sandboxId == null
                ? ResponseFormat.apply(new ApiRequest(method, "", path, query, headers, body, source),
                        ApiResponse.status(dev.rbaclab.cluster.api.ApiException.pathNotFound().status()))
                : apiServer.serve(new ApiRequest(method, sandboxId, path, query, headers, body, source));
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("Cache-Control", "no-cache, private");
        if (!response.warnings().isEmpty()) {
            extra.put("Warning", "299 - \"" + response.warnings().get(0) + "\"");
        }
        return new Response(response.code(), REASONS.getOrDefault(response.code(), ""), response.contentType(),
                response.body(), extra);
    }
}
