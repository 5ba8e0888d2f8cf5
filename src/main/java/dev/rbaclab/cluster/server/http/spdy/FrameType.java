package dev.rbaclab.cluster.server.http.spdy;

/** The control frame types of SPDY/3 and the version every control frame carries. */
final class FrameType {

    static final int VERSION = 3;
    static final int SYN_STREAM = 1;
    static final int SYN_REPLY = 2;
    static final int RST_STREAM = 3;
    static final int SETTINGS = 4;
    static final int PING = 6;
    static final int GOAWAY = 7;
    static final int HEADERS = 8;
    static final int WINDOW_UPDATE = 9;

    /** Every frame starts with 8 bytes: control bit and version/type or stream id, then flags and a 24-bit length. */
    static final int HEADER_LENGTH = 8;

    private FrameType() {
    }
}
