package dev.rbaclab.cluster.server.http.spdy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The server side of one SPDY/3.1 session: checks the stream ids a client uses, keeps the open streams, answers
 * pings, and hands stream events to a {@link StreamHandler}. Everything happens under the session's lock, so the
 * reading thread, the handler and timers never interleave.
 */
public final class SpdySession {

    private final Transport transport;
    private final SpdyLimits limits;
    private final Map<Integer, SpdyStream> streams = new HashMap<>();
    private StreamHandler handler;
    private int lastClientStreamId;
    private int streamsOpened;
    private boolean closed;

    SpdySession(Transport transport, SpdyLimits limits) {
        this.transport = transport;
        this.limits = limits;
    }

    synchronized void start(StreamHandler streamHandler) {
        this.handler = streamHandler;
    }

    /** One frame from the client. A protocol error is left to the caller, which ends the session with it. */
    synchronized void receive(Frame frame) throws SpdyProtocolException {
        if (closed) {
            return;
        }
        if (frame instanceof Frame.SynStream syn) {
            open(syn);
        } else if (frame instanceof Frame.Data data) {
            data(data);
        } else if (frame instanceof Frame.RstStream reset) {
            SpdyStream stream = streams.remove(reset.streamId());
            if (stream != null) {
                stream.resetByClient();
                handler.reset(stream);
            }
        } else if (frame instanceof Frame.Ping ping) {
            // our own pings (even ids) would come back here; the server sends none
            if (ping.fromClient()) {
                transport.send(ping);
            }
        } else if (frame instanceof Frame.Headers headers) {
            SpdyStream stream = streams.get(headers.streamId());
            if (stream != null && (headers.flags() & Frame.FLAG_FIN) != 0) {
                remoteFinished(stream);
            }
        } else if (frame instanceof Frame.SynReply reply) {
            // the server opens no streams, so there is nothing a client could reply to
            transport.send(new Frame.RstStream(reply.streamId(), RstStatus.INVALID_STREAM));
        }
        // SETTINGS, WINDOW_UPDATE (no flow control, as in spdystream), GOAWAY (the client closes after it) and
        // unknown control frames change nothing here
    }

    private void open(Frame.SynStream syn) throws SpdyProtocolException {
        // SPDY/3 2.3.2: client streams are odd and increasing
        if ((syn.streamId() & 1) == 0 || syn.streamId() <= lastClientStreamId) {
            throw new SpdyProtocolException("stream id " + syn.streamId() + " after " + lastClientStreamId);
        }
        lastClientStreamId = syn.streamId();
        if (++streamsOpened > limits.maxStreams()) {
            throw new SpdyProtocolException("more than " + limits.maxStreams() + " streams");
        }
        SpdyStream stream = new SpdyStream(this, syn);
        streams.put(stream.id(), stream);
        handler.opened(stream);
    }

    private void data(Frame.Data data) {
        SpdyStream stream = streams.get(data.streamId());
        if (stream == null) {
            transport.send(new Frame.RstStream(data.streamId(), RstStatus.INVALID_STREAM));
            return;
        }
        if (stream.remoteClosed()) {
            stream.reset(RstStatus.STREAM_ALREADY_CLOSED);
            handler.reset(stream);
            return;
        }
        if (data.data().length > 0) {
            handler.data(stream, data.data());
        }
        // the handler may have ended the session (the command exited on this input)
        if (data.fin() && !closed) {
            remoteFinished(stream);
        }
    }

    private void remoteFinished(SpdyStream stream) {
        stream.closeRemote();
        handler.finished(stream);
    }

    /** Ends the session: GOAWAY naming the last stream the client opened, then the connection closes. */
    public synchronized void close(GoAwayStatus status) {
        if (closed) {
            return;
        }
        transport.send(new Frame.GoAway(lastClientStreamId, status));
        transport.shutdown();
        disconnected();
    }

    /** Runs a task after a delay under the session's lock, unless the session has ended by then; returns a cancel handle. */
    public Runnable schedule(Duration delay, Runnable task) {
        return transport.schedule(delay, () -> {
            synchronized (this) {
                if (!closed) {
                    task.run();
                }
            }
        });
    }

    /** The connection is gone: no more frames either way. */
    synchronized void disconnected() {
        if (closed) {
            return;
        }
        closed = true;
        streams.clear();
        if (handler != null) {
            handler.disconnected();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Called by streams with the session locked. */
    void send(Frame frame) {
        if (!closed) {
            transport.send(frame);
        }
    }

    void forget(SpdyStream stream) {
        streams.remove(stream.id());
    }
}
