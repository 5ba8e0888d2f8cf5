package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.pods.ExecOutput;
import dev.rbaclab.cluster.pods.ExecSession;
import dev.rbaclab.cluster.pods.PodRuntime;
import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.server.ApiServer;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code kubectl exec} over WebSocket with the v5.channel.k8s.io protocol (kubectl-protocol.md §12): the upgrade
 * request goes through the pipeline like any other (a 403 refuses it), then every binary frame carries a channel
 * byte — 0 stdin, 1 stdout, 2 stderr, 3 the final Status, 4 resize, 255 close of a stream.
 */
public final class ExecWebSocket implements ExecUpgrade {

    static final String PATH = "/clusters/{sandbox}/api/v1/namespaces/{namespace}/pods/{pod}/exec";
    static final String ROOT_PATH = "/api/v1/namespaces/{namespace}/pods/{pod}/exec";
    private static final String CONNECTION = "rbaclab.exec.connection";

    private final PodRuntime runtime;
    private final Map<WsContext, ExecSession> sessions = new ConcurrentHashMap<>();

    public ExecWebSocket(PodRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void register(JavalinConfig config, ApiServer apiServer) {
        for (String path : List.of(PATH, ROOT_PATH)) {
            config.routes.wsBeforeUpgrade(path, ctx -> authorize(ctx, apiServer));
            config.routes.ws(path, ws -> {
                ws.onConnect(this::connected);
                ws.onBinaryMessage(ctx -> {
                    ByteBuffer buffer = ctx.data();
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    received(ctx, bytes, 0, bytes.length);
                });
                ws.onClose(ctx -> {
                    ExecSession session = sessions.remove(ctx);
                    if (session != null) {
                        session.endOfInput();
                    }
                });
            });
        }
    }

    /** The upgrade request is authorized as {@code get pods/exec} by the same chain as every request. */
    private void authorize(Context ctx, ApiServer apiServer) {
        try {
            ctx.attribute(CONNECTION, ExecShells.open(ctx, apiServer, runtime));
        } catch (ApiException e) {
            ExecShells.refuse(ctx, e);
            ctx.skipRemainingHandlers();
            throw e;
        }
    }

    private void connected(WsContext ctx) {
        Shell shell = ctx.attribute(CONNECTION);
        ExecOptions options = ExecOptions.of(ctx.queryParamMap());
        ctx.session.setIdleTimeout(java.time.Duration.ofMinutes(30));
        ExecSession session = ExecSession.start(shell, options.command(), options.stdin(), options.tty(), new Frames(ctx));
        if (!session.finished()) {
            sessions.put(ctx, session);
        }
    }

    private void received(WsContext ctx, byte[] data, int offset, int length) {
        ExecSession session = sessions.get(ctx);
        if (session == null || length == 0) {
            return;
        }
        int channel = data[offset] & 0xff;
        if (channel == 0) {
            byte[] input = new byte[length - 1];
            System.arraycopy(data, offset + 1, input, 0, length - 1);
            session.input(input);
        } else if (channel == 255 && length > 1 && data[offset + 1] == 0) {
            session.endOfInput();
        }
        if (session.finished()) {
            sessions.remove(ctx);
        }
    }

    /** Writes an exec session's output as v5 channel frames and closes after the status. */
    private static final class Frames implements ExecOutput {
        private final WsContext ctx;

        Frames(WsContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void stdout(String text) {
            send(1, text);
        }

        @Override
        public void stderr(String text) {
            send(2, text);
        }

        @Override
        public void exit(int status, String failure) {
            send(3, ExecStatus.json(status, failure));
            ctx.closeSession(1000, "");
        }

        private void send(int channel, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ByteBuffer frame = ByteBuffer.allocate(bytes.length + 1);
            frame.put((byte) channel).put(bytes).flip();
            ctx.send(frame);
        }
    }
}
