package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.pods.PodRuntime;
import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.cluster.server.Source;
import io.javalin.http.Context;

/**
 * The part of {@code kubectl exec} both protocols share: the upgrade request goes through the pipeline like any
 * request (authentication, impersonation, authorization as {@code get} for WebSocket's GET and {@code create} for
 * SPDY's POST, an audit event), then the pod's container gets a shell.
 */
final class ExecShells {

    private ExecShells() {
    }

    /** Throws the ApiException whose Status refuses the upgrade (401, 403, 404 for a missing pod, 400 ...). */
    static Shell open(Context ctx, ApiServer apiServer, PodRuntime runtime) {
        ApiRequest request = ApiHttpServer.toRequest(ctx, ctx.pathParamMap().get("sandbox"), Source.API);
        ApiServer.Connection connection = apiServer.connect(request);
        return runtime.open(connection.sandbox(), ctx.pathParam("namespace"), ctx.pathParam("pod"),
                ctx.queryParam("container"));
    }

    /** Answers a refused upgrade with its Status, as for any API request. */
    static void refuse(Context ctx, ApiException e) {
        ApiHttpServer.write(ctx, ApiResponse.status(e.status()));
    }
}
