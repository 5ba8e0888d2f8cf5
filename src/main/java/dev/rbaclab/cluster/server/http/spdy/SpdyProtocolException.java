package dev.rbaclab.cluster.server.http.spdy;

/** The client broke the protocol (a malformed frame, a header block that does not decompress, a bad stream id): the session ends with GOAWAY. */
public final class SpdyProtocolException extends Exception {

    public SpdyProtocolException(String message) {
        super(message);
    }
}
