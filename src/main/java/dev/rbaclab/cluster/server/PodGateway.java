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

    public PodGateway(ApiServer apiServer) {
        this.apiServer = apiServer;
    }

    @Override
    public Response send(String sandboxId, String method, String path, Map<String, List<String>> query,
                         Map<String, List<String>> headers, byte[] body) {
        ApiResponse response = apiServer.serve(new ApiRequest(method, sandboxId, path, query, headers, body, Source.POD));
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("Cache-Control", "no-cache, private");
        if (!response.warnings().isEmpty()) {
            extra.put("Warning", "299 - \"" + response.warnings().get(0) + "\"");
        }
        return new Response(response.code(), REASONS.getOrDefault(response.code(), ""), response.contentType(),
                response.body(), extra);
    }
}
