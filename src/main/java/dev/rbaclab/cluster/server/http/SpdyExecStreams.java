package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.pods.ExecOutput;
import dev.rbaclab.cluster.pods.ExecSession;
import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.server.http.spdy.GoAwayStatus;
import dev.rbaclab.cluster.server.http.spdy.RstStatus;
import dev.rbaclab.cluster.server.http.spdy.SpdySession;
import dev.rbaclab.cluster.server.http.spdy.SpdyStream;
import dev.rbaclab.cluster.server.http.spdy.StreamHandler;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One {@code kubectl exec} over SPDY, as the kubelet serves it (remotecommand {@code createHTTPStreamStreams} and
 * {@code ServeExec}): the client opens a stream per channel, named by its {@code streamtype} header — error, stdin,
 * stdout, stderr, resize — and each gets a reply. When every stream the query asked for is there, the command runs;
 * output goes to stdout and stderr, the end to the error stream, then every stream is finished and the session
 * closes. Calls arrive with the session locked, one at a time.
 */
final class SpdyExecStreams implements StreamHandler {

    /** The kubelet's default {@code streamCreationTimeout}. */
    static final Duration STREAM_CREATION_TIMEOUT = Duration.ofSeconds(30);
    /** The simulated shell keeps stdin in memory; a lab exercise types or pipes a few lines. */
    static final int MAX_STDIN_BYTES = 1024 * 1024;

    private static final String STREAM_TYPE = "streamtype";

    private final SpdySession session;
    private final Shell shell;
    private final ExecOptions options;
    private final RemoteCommandProtocol protocol;
    private final Set<String> expected = new LinkedHashSet<>();
    private final Map<String, SpdyStream> streams = new LinkedHashMap<>();
    private final ByteArrayOutputStream earlyInput = new ByteArrayOutputStream();
    private final Runnable cancelTimeout;
    private boolean earlyEndOfInput;
    private long stdinBytes;
    private ExecSession exec;
    private boolean done;

    SpdyExecStreams(SpdySession session, Shell shell, ExecOptions options, RemoteCommandProtocol protocol,
             Duration streamCreationTimeout) {
        this.session = session;
        this.shell = shell;
        this.options = options;
        this.protocol = protocol;
        expected.add("error");
        if (options.stdin()) {
            expected.add("stdin");
        }
        if (options.stdout()) {
            expected.add("stdout");
        }
        if (options.stderr()) {
            expected.add("stderr");
        }
        if (options.tty() && protocol.resizes()) {
            expected.add("resize");
        }
        this.cancelTimeout = session.schedule(streamCreationTimeout, this::streamsTimedOut);
    }

    @Override
    public void opened(SpdyStream stream) {
        String type = stream.headers().first(STREAM_TYPE);
        // a stream the query did not ask for, or a second one of a kind, has no place in this exec
        if (exec != null || done || !expected.contains(type) || streams.containsKey(type)) {
            stream.reset(RstStatus.REFUSED_STREAM);
            return;
        }
        stream.reply();
        streams.put(type, stream);
        if (streams.size() == expected.size()) {
            start();
        }
    }

    private void start() {
        cancelTimeout.run();
        exec = ExecSession.start(shell, options.command(), options.stdin(), options.tty(), new Output());
        if (earlyInput.size() > 0) {
            exec.input(earlyInput.toByteArray());
        }
        if (earlyEndOfInput) {
            exec.endOfInput();
        }
    }

    @Override
    public void data(SpdyStream stream, byte[] data) {
        // only stdin is read; the resize stream's sizes do not matter to the simulated terminal
        if (done || stream != streams.get("stdin")) {
            return;
        }
        stdinBytes += data.length;
        if (stdinBytes > MAX_STDIN_BYTES) {
            end(protocol.status(1, "standard input is larger than the lab's limit of " + MAX_STDIN_BYTES + " bytes"));
            return;
        }
        if (exec == null) {
            earlyInput.writeBytes(data);
        } else {
            exec.input(data);
        }
    }

    @Override
    public void finished(SpdyStream stream) {
        if (done || stream != streams.get("stdin")) {
            return;
        }
        if (exec == null) {
            earlyEndOfInput = true;
        } else {
            exec.endOfInput();
        }
    }

    /** The client gave up on the exec (kubectl resets its streams only when it is done). */
    @Override
    public void reset(SpdyStream stream) {
        if (!done) {
            done = true;
            session.close(GoAwayStatus.OK);
        }
    }

    @Override
    public void disconnected() {
        done = true;
        cancelTimeout.run();
    }

    private void streamsTimedOut() {
        if (exec == null && !done) {
            done = true;
            session.close(GoAwayStatus.OK);
        }
    }

    /** Writes the end on the error stream, finishes every stream and closes the session. */
    private void end(String status) {
        if (done) {
            return;
        }
        done = true;
        SpdyStream error = streams.get("error");
        if (error != null && !status.isEmpty()) {
            error.write(status.getBytes(StandardCharsets.UTF_8));
        }
        for (SpdyStream stream : streams.values()) {
            stream.finish();
        }
        session.close(GoAwayStatus.OK);
    }

    /** The command's output, as data on the stdout and stderr streams. */
    private final class Output implements ExecOutput {

        @Override
        public void stdout(String text) {
            write("stdout", text);
        }

        @Override
        public void stderr(String text) {
            write("stderr", text);
        }

        @Override
        public void exit(int status, String failure) {
            end(protocol.status(status, failure));
        }

        private void write(String type, String text) {
            SpdyStream stream = streams.get(type);
            if (stream != null && !done) {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
