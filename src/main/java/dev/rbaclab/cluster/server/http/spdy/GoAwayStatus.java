package dev.rbaclab.cluster.server.http.spdy;

/** Why a session ends (GOAWAY status codes of SPDY/3). */
public enum GoAwayStatus {
    OK(0),
    PROTOCOL_ERROR(1),
    INTERNAL_ERROR(2);

    private final int code;

    GoAwayStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static GoAwayStatus of(int code) {
        for (GoAwayStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown GOAWAY status " + Integer.toUnsignedString(code));
    }
}
