package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.api.Json;

/**
 * How an exec ended, as the kubelet reports it on the error stream (remotecommand {@code ServeExec}): a
 * {@code metav1.Status} in JSON for the v4 and v5 protocols, the Status's message as text for v2 and v3. kubectl
 * turns {@code NonZeroExitCode} into {@code command terminated with exit code N} and exits with N.
 */
final class ExecStatus {

    private ExecStatus() {
    }

    /** {@code failure} is set when the command could not run at all (an InternalError). */
    static String json(int status, String failure) {
        if (failure != null) {
            return "{\"metadata\":{},\"status\":\"Failure\",\"message\":" + quote(message(status, failure))
                    + ",\"reason\":\"InternalError\",\"details\":{\"causes\":[{\"message\":" + quote(failure)
                    + "}]},\"code\":500}";
        }
        if (status == 0) {
            return "{\"metadata\":{},\"status\":\"Success\"}";
        }
        return "{\"metadata\":{},\"status\":\"Failure\",\"message\":" + quote(message(status, null))
                + ",\"reason\":\"NonZeroExitCode\",\"details\":{\"causes\":[{\"reason\":\"ExitCode\",\"message\":\""
                + status + "\"}]}}";
    }

    /** v1-v3 write nothing on success and the Status's message otherwise (kubelet {@code v1WriteStatusFunc}). */
    static String text(int status, String failure) {
        return failure == null && status == 0 ? "" : message(status, failure);
    }

    private static String message(int status, String failure) {
        if (failure != null) {
            return "Internal error occurred: " + failure;
        }
        return "command terminated with non-zero exit code: error executing command, exit code " + status;
    }

    private static String quote(String text) {
        return Json.MAPPER.valueToTree(text).toString();
    }
}
