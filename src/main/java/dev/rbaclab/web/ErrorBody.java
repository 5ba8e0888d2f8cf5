package dev.rbaclab.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Status;
import dev.rbaclab.cluster.api.StatusDetails;

import java.util.List;
import java.util.Map;

/**
 * The JSON a refused web API call gets: a Kubernetes Status (kind, code, reason, the message in the learner's
 * language; Retry-After also as details.retryAfterSeconds, as kube-apiserver's 429 has it), so that the lab answers
 * in one shape on both ports, plus the message key the lesson player looks up.
 */
final class ErrorBody {

    /** metav1.StatusReason by HTTP status (apimachinery/pkg/apis/meta/v1/types.go). */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "BadRequest"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "NotFound"), Map.entry(405, "MethodNotAllowed"), Map.entry(409, "Conflict"),
            Map.entry(413, "RequestEntityTooLarge"), Map.entry(415, "UnsupportedMediaType"),
            Map.entry(429, "TooManyRequests"), Map.entry(500, "InternalError"), Map.entry(503, "ServiceUnavailable"));

    private ErrorBody() {
    }

    static ObjectNode of(int code, String messageKey, String message, long retryAfterSeconds) {
        StatusDetails details = retryAfterSeconds > 0
                ? new StatusDetails("", "", "", "", List.of(), (int) retryAfterSeconds) : null;
        ObjectNode json = Status.failure(code, REASONS.getOrDefault(code, code >= 500 ? "InternalError" : "BadRequest"),
                message, details).toJson();
        json.put("error", messageKey);
        return json;
    }
}
