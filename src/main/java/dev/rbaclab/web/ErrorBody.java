package dev.rbaclab.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Status;
import dev.rbaclab.cluster.api.StatusDetails;

import java.util.List;

/**
 * The JSON a refused web API call gets: a Kubernetes Status (kind, code, reason, the message in the learner's
 * language; Retry-After also as details.retryAfterSeconds, as kube-apiserver's 429 has it), so that the lab answers
 * in one shape on both ports, plus the message key the lesson player looks up.
 */
final class ErrorBody {

    private ErrorBody() {
    }

    static ObjectNode of(int code, String messageKey, String message, long retryAfterSeconds) {
        StatusDetails details = retryAfterSeconds > 0
                ? new StatusDetails("", "", "", "", List.of(), (int) retryAfterSeconds) : null;
        ObjectNode json = Status.failure(code, Status.reasonFor(code), message, details).toJson();
        json.put("error", messageKey);
        return json;
    }
}
