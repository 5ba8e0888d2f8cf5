package dev.rbaclab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.Source;
import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.ExplanationRenderer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests through the pipeline in process (as the console does) and reads back the audit event with its
 * explanation.
 */
public final class InProcessApi {

    private final TestLab lab;
    private final String sandboxId;
    private final String token;

    public InProcessApi(TestLab lab, String sandboxId, String token) {
        this.lab = lab;
        this.sandboxId = sandboxId;
        this.token = token;
    }

    public InProcessApi as(String otherToken) {
        return new InProcessApi(lab, sandboxId, otherToken);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String body) {
        return send("POST", path, body);
    }

    public Answer send(String method, String path, String body, String... headers) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Map<String, List<String>> query = new HashMap<>();
        if (path.contains("?")) {
            for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], List.of(kv.length > 1 ? kv[1] : ""));
            }
        }
        Map<String, List<String>> headerMap = new HashMap<>();
        if (token != null) {
            headerMap.put("Authorization", List.of("Bearer " + token));
        }
        headerMap.put("Content-Type", List.of("application/json"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            headerMap.put(headers[i], List.of(headers[i + 1]));
        }
        ApiResponse response = lab.lab().apiServer().serve(new ApiRequest(method, sandboxId, pathOnly, query, headerMap,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), Source.LAB));
        AuditEvent event = lab.lab().audit().find(sandboxId, response.auditId()).orElseThrow();
        return new Answer(response, Explanation.fromJson(event.explanation()));
    }

    /** A response with the explanation the audit log kept for it. */
    public record Answer(ApiResponse response, Explanation explanation) {
        public int code() {
            return response.code();
        }

        public JsonNode json() {
            return response.bodyJson();
        }

        public String english() {
            return ExplanationRenderer.toText(explanation, Locale.ENGLISH);
        }

        public String korean() {
            return ExplanationRenderer.toText(explanation, Locale.KOREAN);
        }

        public List<String> keys() {
            return explanation.toJson().findValuesAsText("key");
        }
    }
}
