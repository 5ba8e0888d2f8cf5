package dev.rbaclab.cluster.server.http.spdy;

/** Why a stream was reset (RST_STREAM status codes of SPDY/3). */
public enum RstStatus {
    PROTOCOL_ERROR(1),
    INVALID_STREAM(2),
    REFUSED_STREAM(3),
    UNSUPPORTED_VERSION(4),
    CANCEL(5),
    INTERNAL_ERROR(6),
    FLOW_CONTROL_ERROR(7),
    STREAM_IN_USE(8),
    STREAM_ALREADY_CLOSED(9),
    INVALID_CREDENTIALS(10),
    FRAME_TOO_LARGE(11);

    private final int code;

    RstStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The status with this code; 0 and unknown codes are not allowed on the wire. */
    public static RstStatus of(int code) {
        for (RstStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown RST_STREAM status " + Integer.toUnsignedString(code));
    }
}
