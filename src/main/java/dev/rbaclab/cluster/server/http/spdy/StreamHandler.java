package dev.rbaclab.cluster.server.http.spdy;

/**
 * What a server does with the streams a client opens on one session. Calls come one at a time, in frame order, with
 * the session locked; a handler may write to streams and close the session from within them.
 */
public interface StreamHandler {

    /** The client opened a stream; the handler must {@link SpdyStream#reply() reply} or {@link SpdyStream#reset reset} it. */
    void opened(SpdyStream stream);

    /** Bytes the client sent on a stream. */
    void data(SpdyStream stream, byte[] data);

    /** The client finished its half of a stream (FIN); the server may still write. */
    void finished(SpdyStream stream);

    /** The client reset a stream: neither side may use it any more. */
    void reset(SpdyStream stream);

    /** The session ended (either side closed, a protocol error, a timeout); nothing can be sent any more. Called once. */
    void disconnected();
}
