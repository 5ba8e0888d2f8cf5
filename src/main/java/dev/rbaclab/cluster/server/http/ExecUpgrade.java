package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.server.ApiServer;
import io.javalin.config.JavalinConfig;

import java.util.List;

/**
 * Registers the connection-upgrade endpoints of {@code pods/exec} (kubectl exec over WebSocket or SPDY); none until
 * pods can run commands.
 */
@FunctionalInterface
public interface ExecUpgrade {

    void register(JavalinConfig config, ApiServer apiServer);

    ExecUpgrade NONE = (config, apiServer) -> { };

    /** Every protocol of the list, registered in order. */
    static ExecUpgrade all(ExecUpgrade... upgrades) {
        List<ExecUpgrade> list = List.of(upgrades);
        return (config, apiServer) -> list.forEach(upgrade -> upgrade.register(config, apiServer));
    }
}
