package dev.rbaclab.cluster.api;

/** One reason a request failed, usually a field error (metav1.StatusCause). */
public record StatusCause(String reason, String message, String field) {
}
