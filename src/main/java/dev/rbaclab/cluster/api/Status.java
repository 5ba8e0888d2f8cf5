package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Kubernetes {@code Status} (metav1.Status): the body of every error and of some successful deletes.
 * Written with the field order and omissions of the real API server, because kubectl and learners read it.
 */
public record Status(String status, String message, String reason, StatusDetails details, int code) {

    public static final String FAILURE = "Failure";
    public static final String SUCCESS = "Success";

    public static Status failure(int code, String reason, String message, StatusDetails details) {
        return new Status(FAILURE, message, reason, details, code);
    }

    /** metav1.StatusReason by HTTP status (apimachinery/pkg/apis/meta/v1/types.go), for errors raised below the API. */
    private static final java.util.Map<Integer, String> REASONS = java.util.Map.ofEntries(
            java.util.Map.entry(400, "BadRequest"), java.util.Map.entry(401, "Unauthorized"),
            java.util.Map.entry(403, "Forbidden"), java.util.Map.entry(404, "NotFound"),
            java.util.Map.entry(405, "MethodNotAllowed"), java.util.Map.entry(406, "NotAcceptable"),
            java.util.Map.entry(409, "Conflict"), java.util.Map.entry(410, "Gone"),
            java.util.Map.entry(413, "RequestEntityTooLarge"), java.util.Map.entry(415, "UnsupportedMediaType"),
            java.util.Map.entry(422, "Invalid"), java.util.Map.entry(429, "TooManyRequests"),
            java.util.Map.entry(500, "InternalError"), java.util.Map.entry(503, "ServiceUnavailable"),
            java.util.Map.entry(504, "Timeout"));

    public static String reasonFor(int code) {
        return REASONS.getOrDefault(code, code >= 500 ? "InternalError" : "BadRequest");
    }

    public boolean isFailure() {
        return FAILURE.equals(status);
    }

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        node.put("kind", "Status");
        node.put("apiVersion", "v1");
        node.putObject("metadata");
        node.put("status", status);
        if (message != null && !message.isEmpty()) {
            node.put("message", message);
        }
        if (reason != null && !reason.isEmpty()) {
            node.put("reason", reason);
        }
        if (details != null) {
            node.set("details", detailsJson(details));
        }
        if (code != 0) {
            node.put("code", code);
        }
        return node;
    }

    private static ObjectNode detailsJson(StatusDetails details) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        putIfNotEmpty(node, "name", details.name());
        putIfNotEmpty(node, "group", details.group());
        putIfNotEmpty(node, "kind", details.kind());
        putIfNotEmpty(node, "uid", details.uid());
        if (!details.causes().isEmpty()) {
            ArrayNode causes = node.putArray("causes");
            for (StatusCause cause : details.causes()) {
                ObjectNode c = causes.addObject();
                putIfNotEmpty(c, "reason", cause.reason());
                putIfNotEmpty(c, "message", cause.message());
                putIfNotEmpty(c, "field", cause.field());
            }
        }
        if (details.retryAfterSeconds() > 0) {
            node.put("retryAfterSeconds", details.retryAfterSeconds());
        }
        return node;
    }

    private static void putIfNotEmpty(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
