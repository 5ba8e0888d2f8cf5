package dev.rbaclab.cluster.server.http.spdy;

import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A Jetty connection that speaks SPDY/3.1 on an endpoint taken over after {@code 101 Switching Protocols}. It reads
 * without blocking a thread between frames, decodes complete frames into its {@link SpdySession}, and writes through
 * a bounded {@link OutputQueue}. Created for one upgrade; the stream handler is made when the connection opens.
 */
public final class SpdyConnection extends AbstractConnection implements Connection.UpgradeTo, Transport {

    private static final Logger LOG = LoggerFactory.getLogger(SpdyConnection.class);

    private final Scheduler scheduler;
    private final SpdyLimits limits;
    private final Function<SpdySession, StreamHandler> handlers;
    private final FrameDecoder decoder;
    private final ByteBuffer input;
    private final OutputQueue output;
    private final SpdySession session;

    public SpdyConnection(EndPoint endPoint, Executor executor, Scheduler scheduler, SpdyLimits limits,
                          Function<SpdySession, StreamHandler> handlers) {
        super(endPoint, executor);
        this.scheduler = scheduler;
        this.limits = limits;
        this.handlers = handlers;
        this.decoder = new FrameDecoder(limits);
        // a whole frame always fits: the decoder refuses longer ones before waiting for their payload
        this.input = BufferUtil.allocate(FrameType.HEADER_LENGTH + limits.maxFramePayload());
        this.output = new OutputQueue(endPoint, limits.maxQueuedBytes(), this::linger);
        this.session = new SpdySession(this, limits);
    }

    /** Bytes the client sent right after the upgrade request, before this connection took over. */
    @Override
    public void onUpgradeTo(ByteBuffer buffer) {
        if (buffer.remaining() > BufferUtil.space(input)) {
            LOG.debug("SPDY client sent {} bytes before the upgrade completed", buffer.remaining());
            getEndPoint().close();
            return;
        }
        BufferUtil.append(input, buffer);
    }

    @Override
    public void onOpen() {
        super.onOpen();
        getEndPoint().setIdleTimeout(limits.idleTimeout().toMillis());
        session.start(handlers.apply(session));
        if (BufferUtil.hasContent(input)) {
            getExecutor().execute(this::onFillable);
        } else {
            fillInterested();
        }
    }

    @Override
    public void onFillable() {
        try {
            while (getEndPoint().isOpen()) {
                process();
                BufferUtil.compact(input);
                int filled = getEndPoint().fill(input);
                if (filled == 0) {
                    fillInterested();
                    return;
                }
                if (filled < 0) {
                    // the client closed its end: nothing more will come, and nothing more needs to go out
                    session.disconnected();
                    getEndPoint().close();
                    return;
                }
            }
        } catch (IOException e) {
            LOG.debug("SPDY connection failed", e);
            session.disconnected();
            getEndPoint().close(e);
        }
    }

    /**
     * Decodes and handles every complete frame in the input, writing the answers together; once the session has
     * ended, input is discarded.
     */
    private void process() {
        output.hold();
        try {
            Frame frame;
            while (!session.isClosed() && (frame = decoder.decode(input)) != null) {
                session.receive(frame);
            }
        } catch (SpdyProtocolException e) {
            LOG.debug("SPDY protocol error from {}: {}", getEndPoint().getRemoteSocketAddress(), e.getMessage());
            session.close(GoAwayStatus.PROTOCOL_ERROR);
        } catch (RuntimeException e) {
            LOG.warn("SPDY session failed", e);
            session.close(GoAwayStatus.INTERNAL_ERROR);
        } finally {
            output.release();
        }
        if (session.isClosed()) {
            BufferUtil.clear(input);
        }
    }

    /** Idle for too long: say goodbye properly, then the linger timeout closes the connection. */
    @Override
    protected boolean onReadTimeout(TimeoutException timeout) {
        if (session.isClosed()) {
            return true;
        }
        session.close(GoAwayStatus.OK);
        fillInterested();
        return false;
    }

    @Override
    public void onClose(Throwable cause) {
        super.onClose(cause);
        output.close();
        decoder.close();
        // the session's lock may be held by a running command; do not make Jetty's thread wait for it
        try {
            getExecutor().execute(session::disconnected);
        } catch (RejectedExecutionException e) {
            session.disconnected();
        }
    }

    @Override
    public void send(Frame frame) {
        output.send(frame);
    }

    @Override
    public void shutdown() {
        output.shutdown();
    }

    @Override
    public Runnable schedule(Duration delay, Runnable task) {
        Scheduler.Task scheduled = scheduler.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("SPDY timer task failed", e);
                getEndPoint().close(e);
            }
        }, delay);
        return scheduled::cancel;
    }

    /** Output is shut: the client has a moment to close its end before the connection is closed. */
    private void linger() {
        scheduler.schedule(getEndPoint()::close, limits.lingerTimeout());
    }
}
