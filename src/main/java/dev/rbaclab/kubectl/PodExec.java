package dev.rbaclab.kubectl;

import dev.rbaclab.cluster.server.ApiRequest;

/**
 * The extension point for {@code kubectl exec}. The console builds the same request the real kubectl opens as a
 * WebSocket ({@code GET .../pods/<pod>/exec?command=...&container=...&stdout=true&stderr=true}, with the identity
 * headers) and hands it here; the lab wires a simulated container runtime behind it. Until one is given,
 * {@link #NONE} makes {@code kubectl exec} fail with a clear sentence.
 */
@FunctionalInterface
public interface PodExec {

    /** What the command wrote and how it exited, or how the upgrade was refused. */
    record Outcome(String stdout, String stderr, int exitCode, long auditId,
                   dev.rbaclab.cluster.server.ApiResponse refused) {

        public static Outcome completed(String stdout, String stderr, int exitCode, long auditId) {
            return new Outcome(stdout, stderr, exitCode, auditId, null);
        }

        public static Outcome refused(dev.rbaclab.cluster.server.ApiResponse response) {
            return new Outcome("", "", 1, response.auditId(), response);
        }
    }

    Outcome exec(ApiRequest upgradeRequest, String stdin);

    PodExec NONE = (request, stdin) -> {
        throw new UnsupportedOperationException(ConsoleMessages.EXEC_NOT_AVAILABLE);
    };
}
