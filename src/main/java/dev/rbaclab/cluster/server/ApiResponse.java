package dev.rbaclab.cluster.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Status;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The answer to an {@link ApiRequest}: status code, content type, body and the warnings to send as headers. */
public record ApiResponse(int code, String contentType, byte[] body, List<String> warnings, long auditId) {

    public static final String JSON = "application/json";

    public ApiResponse {
        warnings = List.copyOf(warnings);
    }

    public static ApiResponse json(int code, JsonNode body) {
        return new ApiResponse(code, JSON, Json.bytes(body), List.of(), 0);
    }

    public static ApiResponse status(Status status) {
        return json(status.code(), status.toJson());
    }

    public static ApiResponse text(int code, String text) {
        return new ApiResponse(code, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), List.of(), 0);
    }

    public ApiResponse withWarnings(List<String> newWarnings) {
        return new ApiResponse(code, contentType, body, newWarnings, auditId);
    }

    public ApiResponse withAuditId(long id) {
        return new ApiResponse(code, contentType, body, warnings, id);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode bodyJson() {
        return Json.parse(bodyText());
    }
}
