package dev.rbaclab.kubectl.compare;

import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.kubectl.PodExec;

import java.nio.charset.StandardCharsets;

/**
 * A {@link PodExec} for the comparisons: sends the exec request to the lab's server as the real kubectl's SPDY
 * fallback does ({@code POST}), so that the server's answer (today a refusal) reaches the console as it reaches
 * the real kubectl. An accepted request's body is taken as the command's output.
 */
final class ServerPodExec implements PodExec {

    private final ApiServer server;

    ServerPodExec(ApiServer server) {
        this.server = server;
    }

    @Override
    public Outcome exec(ApiRequest upgrade, String stdin) {
        ApiRequest post = new ApiRequest("POST", upgrade.sandboxId(), upgrade.path(), upgrade.query(), upgrade.headers(),
                new byte[0], upgrade.source());
        ApiResponse response = server.serve(post);
        if (response.code() >= 400) {
            return Outcome.refused(response);
        }
        return Outcome.completed(new String(response.body(), StandardCharsets.UTF_8), "", 0, response.auditId());
    }
}
