package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.server.ApiServer;
import io.javalin.config.JavalinConfig;

/** Registers the WebSocket endpoints of {@code pods/exec} (kubectl exec); none until pods can run commands. */
@FunctionalInterface
public interface ExecUpgrade {

    void register(JavalinConfig config, ApiServer apiServer);

    ExecUpgrade NONE = (config, apiServer) -> { };
}
