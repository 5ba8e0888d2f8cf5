package dev.rbaclab.cluster.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request that ends in a Kubernetes {@link Status}. Stages throw it; the HTTP edge writes it once.
 * Factories mirror k8s.io/apimachinery/pkg/api/errors/errors.go so that every message is built in one place.
 */
public class ApiException extends RuntimeException {

    private final transient Status status;

    public ApiException(Status status) {
        super(status.message(), null, false, false);
        this.status = status;
    }

    public Status status() {
        return status;
    }

    public int code() {
        return status.code();
    }

    public String reason() {
        return status.reason();
    }

    public static ApiException notFound(GroupResource resource, String name) {
        return new ApiException(Status.failure(404, "NotFound",
                resource + " \"" + name + "\" not found",
                StatusDetails.of(name, resource.group(), resource.resource())));
    }

    /** The 404 for a path that names no known resource. */
    public static ApiException pathNotFound() {
        return new ApiException(Status.failure(404, "NotFound",
                "the server could not find the requested resource", StatusDetails.EMPTY));
    }

    public static ApiException alreadyExists(GroupResource resource, String name) {
        return new ApiException(Status.failure(409, "AlreadyExists",
                resource + " \"" + name + "\" already exists",
                StatusDetails.of(name, resource.group(), resource.resource())));
    }

    public static ApiException conflict(GroupResource resource, String name, String why) {
        return new ApiException(Status.failure(409, "Conflict",
                "Operation cannot be fulfilled on " + resource + " \"" + name + "\": " + why,
                StatusDetails.of(name, resource.group(), resource.resource())));
    }

    /** The optimistic-concurrency conflict of registry/generic/registry/store.go. */
    public static ApiException staleResourceVersion(GroupResource resource, String name) {
        return conflict(resource, name,
                "the object has been modified; please apply your changes to the latest version and try again");
    }

    public static ApiException invalid(GroupKind kind, String name, List<FieldError> errors) {
        Set<String> messages = new LinkedHashSet<>();
        List<StatusCause> causes = new ArrayList<>();
        for (FieldError error : errors) {
            messages.add(error.message());
            causes.add(error.toCause());
        }
        String aggregate = messages.size() == 1 ? messages.iterator().next() : "[" + String.join(", ", messages) + "]";
        return new ApiException(Status.failure(422, "Invalid",
                kind + " \"" + name + "\" is invalid: " + aggregate,
                new StatusDetails(name, kind.group(), kind.kind(), "", causes, 0)));
    }

    public static ApiException forbidden(GroupResource resource, String name, String why) {
        String message;
        if (resource.group().isEmpty() && resource.resource().isEmpty()) {
            message = "forbidden: " + why;
        } else if (name == null || name.isEmpty()) {
            message = resource + " is forbidden: " + why;
        } else {
            message = resource + " \"" + name + "\" is forbidden: " + why;
        }
        return new ApiException(Status.failure(403, "Forbidden", message,
                StatusDetails.of(name, resource.group(), resource.resource())));
    }

    /** A body that does not decode into the kind (create.go and update.go, transformDecodeError). */
    public static ApiException undecodable(ApiResource resource, String why) {
        return badRequest(resource.kind() + " in version \"" + resource.version() + "\" cannot be handled as a "
                + resource.kind() + ": " + why);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Status.failure(400, "BadRequest", message, null));
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(Status.failure(401, "Unauthorized", message, null));
    }

    public static ApiException methodNotSupported(GroupResource resource, String action) {
        return new ApiException(Status.failure(405, "MethodNotAllowed",
                action + " is not supported on resources of kind \"" + resource + "\"",
                StatusDetails.of("", resource.group(), resource.resource())));
    }

    public static ApiException unsupportedMediaType(String contentType) {
        return new ApiException(Status.failure(415, "UnsupportedMediaType",
                "the body of the request was in an unknown format - accepted media types include: "
                        + "application/json, application/yaml, application/vnd.kubernetes.protobuf", null));
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(Status.failure(413, "RequestEntityTooLarge",
                "Request entity too large: " + message, null));
    }

    public static ApiException tooManyRequests(String message, int retryAfterSeconds) {
        return new ApiException(Status.failure(429, "TooManyRequests", message,
                new StatusDetails("", "", "", "", List.of(), retryAfterSeconds)));
    }

    public static ApiException internal(String message) {
        return new ApiException(Status.failure(500, "InternalError", "Internal error occurred: " + message,
                new StatusDetails("", "", "", "", List.of(new StatusCause("", message, "")), 0)));
    }
}
