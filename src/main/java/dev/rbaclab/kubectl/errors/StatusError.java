package dev.rbaclab.kubectl.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * apierrors.StatusError: a Kubernetes Status the server answered (or kubectl made up from a non-Status body).
 * {@code text()} is the status message, as {@code StatusError.Error()} returns it.
 */
public final class StatusError extends KubectlError {

    private final transient ObjectNode status;

    public StatusError(ObjectNode status) {
        super(status.path("message").asText(""));
        this.status = status;
    }

    public ObjectNode status() {
        return status.deepCopy();
    }

    public String reason() {
        return status.path("reason").asText("");
    }

    public int code() {
        return status.path("code").asInt(0);
    }

    public JsonNode details() {
        return status.path("details");
    }

    public boolean isNotFound() {
        return reason().equals("NotFound") || (reason().isEmpty() && code() == 404);
    }

    public boolean isForbidden() {
        return reason().equals("Forbidden") || (reason().isEmpty() && code() == 403);
    }

    public boolean isAlreadyExists() {
        return reason().equals("AlreadyExists");
    }

    public boolean isUnauthorized() {
        return reason().equals("Unauthorized") || (reason().isEmpty() && code() == 401);
    }

    public boolean isMethodNotSupported() {
        return reason().equals("MethodNotAllowed") || (reason().isEmpty() && code() == 405);
    }

    public boolean isInvalid() {
        return reason().equals("Invalid") || (reason().isEmpty() && code() == 422);
    }

    /** The same status with another message, as cmdutil.AddSourceToErr and the resource builder rewrite it. */
    public StatusError withMessage(String message) {
        ObjectNode copy = status.deepCopy();
        copy.put("message", message);
        return new StatusError(copy);
    }
}
