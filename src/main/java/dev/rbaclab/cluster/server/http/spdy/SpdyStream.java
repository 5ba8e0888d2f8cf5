package dev.rbaclab.cluster.server.http.spdy;

import java.util.Arrays;

/**
 * A stream a client opened, as the server sees it: the headers it came with, whether each half is still open. The
 * methods send frames through the session, which keeps the order and drops what is no longer allowed.
 */
public final class SpdyStream {

    /** Output is cut into data frames of this size, as io.Copy on the client side would. */
    static final int CHUNK = 32 * 1024;

    private final SpdySession session;
    private final int id;
    private final HeaderBlock headers;
    private final boolean unidirectional;
    private boolean replied;
    private boolean localClosed;
    private boolean remoteClosed;

    SpdyStream(SpdySession session, Frame.SynStream syn) {
        this.session = session;
        this.id = syn.streamId();
        this.headers = syn.headers();
        this.unidirectional = syn.unidirectional();
        this.remoteClosed = syn.fin();
    }

    public int id() {
        return id;
    }

    public HeaderBlock headers() {
        return headers;
    }

    /** Accepts the stream (SYN_REPLY with no headers, as k8s.io/apimachinery's spdy connection sends). */
    public void reply() {
        synchronized (session) {
            if (replied || isClosed()) {
                return;
            }
            replied = true;
            // a unidirectional stream is closed on the server's side from the start
            session.send(new Frame.SynReply(id, unidirectional ? Frame.FLAG_FIN : 0, HeaderBlock.EMPTY));
            if (unidirectional) {
                closeLocal();
            }
        }
    }

    public void write(byte[] data) {
        synchronized (session) {
            if (!replied || localClosed) {
                return;
            }
            for (int offset = 0; offset < data.length; offset += CHUNK) {
                byte[] chunk = Arrays.copyOfRange(data, offset, Math.min(data.length, offset + CHUNK));
                session.send(new Frame.Data(id, 0, chunk));
            }
        }
    }

    /** Closes the server's half (an empty data frame with FIN). */
    public void finish() {
        synchronized (session) {
            if (!replied || localClosed) {
                return;
            }
            session.send(new Frame.Data(id, Frame.FLAG_FIN, new byte[0]));
            closeLocal();
        }
    }

    public void reset(RstStatus status) {
        synchronized (session) {
            if (isClosed()) {
                return;
            }
            session.send(new Frame.RstStream(id, status));
            localClosed = true;
            remoteClosed = true;
            session.forget(this);
        }
    }

    boolean remoteClosed() {
        return remoteClosed;
    }

    void closeRemote() {
        remoteClosed = true;
        if (localClosed) {
            session.forget(this);
        }
    }

    void resetByClient() {
        localClosed = true;
        remoteClosed = true;
    }

    private void closeLocal() {
        localClosed = true;
        if (remoteClosed) {
            session.forget(this);
        }
    }

    private boolean isClosed() {
        return localClosed && remoteClosed;
    }
}
