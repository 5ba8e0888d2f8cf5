package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.pods.PodRuntime;
import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.cluster.server.http.spdy.SpdyConnection;
import dev.rbaclab.cluster.server.http.spdy.SpdyLimits;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpStream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code kubectl exec} over SPDY/3.1, what kubectl 1.29 and older use (and newer ones when WebSocket fails):
 * {@code POST …/pods/<pod>/exec} with {@code Connection: Upgrade}, {@code Upgrade: SPDY/3.1} and the
 * remotecommand protocols in {@code X-Stream-Protocol-Version}. The request goes through the pipeline (authorized as
 * {@code create pods/exec}); then, as the kubelet would, the options are checked and a protocol is chosen; the
 * answer is {@code 101 Switching Protocols}, after which Jetty hands the connection to a {@link SpdyConnection}
 * running a {@link SpdyExecStreams}.
 */
public final class ExecSpdy implements ExecUpgrade {

    static final String PROTOCOL_HEADER = "X-Stream-Protocol-Version";
    private static final String ACCEPTED_HEADER = "X-Accepted-Stream-Protocol-Versions";

    private final PodRuntime runtime;
    private final SpdyLimits limits;
    private final Duration streamCreationTimeout;

    public ExecSpdy(PodRuntime runtime) {
        this(runtime, SpdyLimits.DEFAULT, SpdyExecStreams.STREAM_CREATION_TIMEOUT);
    }

    /** With other limits, and another time the client has to open its streams after the 101 (tests). */
    public ExecSpdy(PodRuntime runtime, SpdyLimits limits, Duration streamCreationTimeout) {
        this.runtime = runtime;
        this.limits = limits;
        this.streamCreationTimeout = streamCreationTimeout;
    }

    @Override
    public void register(JavalinConfig config, ApiServer apiServer) {
        for (String path : List.of(ExecWebSocket.PATH, ExecWebSocket.ROOT_PATH)) {
            config.routes.addHttpHandler(HandlerType.POST, path, ctx -> upgrade(ctx, apiServer));
        }
    }

    private void upgrade(Context ctx, ApiServer apiServer) {
        if (!headerContains(ctx, "Connection", "upgrade")) {
            // not an upgrade at all: the pipeline answers as the API server does (400 Upgrade request required)
            ApiHttpServer.serve(apiServer, ctx, ctx.pathParamMap().get("sandbox"));
            return;
        }
        Shell shell;
        try {
            shell = ExecShells.open(ctx, apiServer, runtime);
        } catch (ApiException e) {
            ExecShells.refuse(ctx, e);
            return;
        }
        // from here on the kubelet answers, in plain text (remotecommand NewOptions, Handshake, UpgradeResponse)
        ExecOptions options = ExecOptions.of(ctx.queryParamMap());
        if (!options.stdin() && !options.stdout() && !options.stderr()) {
            plainText(ctx, 400, "you must specify at least 1 of stdin, stdout, stderr");
            return;
        }
        List<String> offered = RemoteCommandProtocol.split(headers(ctx, PROTOCOL_HEADER));
        if (offered.isEmpty()) {
            plainText(ctx, 400, "unable to upgrade: " + PROTOCOL_HEADER + " is required");
            return;
        }
        Optional<RemoteCommandProtocol> protocol = RemoteCommandProtocol.negotiate(offered);
        if (protocol.isEmpty()) {
            RemoteCommandProtocol.ids().forEach(id -> ctx.res().addHeader(ACCEPTED_HEADER, id));
            plainText(ctx, 403, "unable to upgrade: unable to negotiate protocol: client supports "
                    + goList(offered) + ", server accepts " + goList(RemoteCommandProtocol.ids()));
            return;
        }
        if (!headerContains(ctx, "Upgrade", "spdy/3.1")) {
            plainText(ctx, 400, "unable to upgrade: missing upgrade headers in request");
            return;
        }
        switchProtocols(ctx, shell, options, protocol.get());
    }

    /** Answers 101; once it is written, Jetty replaces its HTTP connection on this endpoint with ours. */
    private void switchProtocols(Context ctx, Shell shell, ExecOptions options, RemoteCommandProtocol protocol) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        ConnectionMetaData connectionData = request.getConnectionMetaData();
        Connector connector = connectionData.getConnector();
        SpdyConnection connection = new SpdyConnection(connectionData.getConnection().getEndPoint(),
                connector.getExecutor(), connector.getScheduler(), limits,
                session -> new SpdyExecStreams(session, shell, options, protocol, streamCreationTimeout));
        request.setAttribute(HttpStream.UPGRADE_CONNECTION_ATTRIBUTE, connection);
        ctx.status(101);
        ctx.res().setContentType(null);
        ctx.header("Connection", "Upgrade");
        ctx.header("Upgrade", "SPDY/3.1");
        ctx.header(PROTOCOL_HEADER, protocol.id());
    }

    private static List<String> headers(Context ctx, String name) {
        return Collections.list(ctx.req().getHeaders(name));
    }

    private static boolean headerContains(Context ctx, String name, String token) {
        for (String value : headers(ctx, name)) {
            if (value.toLowerCase(Locale.ROOT).contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** As Go's http.Error writes it (Jetty spells the content type without the space). */
    private static void plainText(Context ctx, int code, String message) {
        ctx.status(code);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A []string as Go's %v prints it. */
    private static String goList(List<String> values) {
        return "[" + String.join(" ", values) + "]";
    }
}
