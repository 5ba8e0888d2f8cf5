package dev.rbaclab.cluster.server.http.spdy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One SPDY/3 frame. Control frames carry a type; data frames carry a stream id and bytes. The records check what
 * the wire format can express (31-bit stream ids, 3-bit priorities, 8-bit flags, 24-bit lengths); the decoder turns
 * their complaints into protocol errors.
 */
public sealed interface Frame {

    /** The last frame the sender sends on this stream (data, SYN_STREAM, SYN_REPLY, HEADERS). */
    int FLAG_FIN = 0x01;
    /** SYN_STREAM: the recipient may not send on this stream. */
    int FLAG_UNIDIRECTIONAL = 0x02;
    int MAX_STREAM_ID = 0x7fffffff;
    int MAX_LENGTH = 0xffffff;

    record SynStream(int streamId, int associatedStreamId, int priority, int flags, HeaderBlock headers) implements Frame {
        public SynStream {
            checkStreamId(streamId);
            if (associatedStreamId < 0) {
                throw new IllegalArgumentException("associated stream id " + associatedStreamId + " is out of range");
            }
            if (priority < 0 || priority > 7) {
                throw new IllegalArgumentException("priority " + priority + " is not 0..7");
            }
            checkFlags(flags);
            Objects.requireNonNull(headers, "headers");
        }

        public boolean fin() {
            return (flags & FLAG_FIN) != 0;
        }

        public boolean unidirectional() {
            return (flags & FLAG_UNIDIRECTIONAL) != 0;
        }
    }

    record SynReply(int streamId, int flags, HeaderBlock headers) implements Frame {
        public SynReply {
            checkStreamId(streamId);
            checkFlags(flags);
            Objects.requireNonNull(headers, "headers");
        }
    }

    record RstStream(int streamId, RstStatus status) implements Frame {
        public RstStream {
            checkStreamId(streamId);
            Objects.requireNonNull(status, "status");
        }
    }

    record Settings(int flags, List<Setting> settings) implements Frame {
        public Settings {
            checkFlags(flags);
            settings = List.copyOf(settings);
        }
    }

    /** One SETTINGS entry: 8 bits of flags, a 24-bit id, a 32-bit value. */
    record Setting(int flags, int id, int value) {
        public Setting {
            checkFlags(flags);
            if (id < 0 || id > MAX_LENGTH) {
                throw new IllegalArgumentException("setting id " + id + " is not 24 bits");
            }
        }
    }

    /** A ping; the client's ids are odd, the server's even. The receiver of a ping it did not send echoes it. */
    record Ping(int id) implements Frame {
        public Ping {
            if (id == 0) {
                throw new IllegalArgumentException("ping id 0");
            }
        }

        public boolean fromClient() {
            return (id & 1) == 1;
        }
    }

    record GoAway(int lastGoodStreamId, GoAwayStatus status) implements Frame {
        public GoAway {
            if (lastGoodStreamId < 0) {
                throw new IllegalArgumentException("last good stream id " + lastGoodStreamId + " is out of range");
            }
            Objects.requireNonNull(status, "status");
        }
    }

    record Headers(int streamId, int flags, HeaderBlock headers) implements Frame {
        public Headers {
            checkStreamId(streamId);
            checkFlags(flags);
            Objects.requireNonNull(headers, "headers");
        }
    }

    record WindowUpdate(int streamId, int deltaWindowSize) implements Frame {
        public WindowUpdate {
            checkStreamId(streamId);
            if (deltaWindowSize < 1) {
                throw new IllegalArgumentException("window delta " + deltaWindowSize + " is not 1..2^31-1");
            }
        }
    }

    /** A control frame of a type SPDY/3 does not define (or CREDENTIAL): to be ignored (SPDY/3 2.2.1). */
    record Unknown(int type, int flags, int length) implements Frame {
    }

    record Data(int streamId, int flags, byte[] data) implements Frame {
        public Data {
            checkStreamId(streamId);
            checkFlags(flags);
            if (data.length > MAX_LENGTH) {
                throw new IllegalArgumentException("data frame of " + data.length + " bytes");
            }
        }

        public boolean fin() {
            return (flags & FLAG_FIN) != 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Data that && streamId == that.streamId && flags == that.flags
                    && Arrays.equals(data, that.data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(streamId, flags, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "Data[streamId=" + streamId + ", flags=" + flags + ", " + data.length + " bytes]";
        }
    }

    private static void checkStreamId(int streamId) {
        if (streamId < 1) {
            throw new IllegalArgumentException("stream id " + Integer.toUnsignedString(streamId) + " is not 1..2^31-1");
        }
    }

    private static void checkFlags(int flags) {
        if (flags < 0 || flags > 0xff) {
            throw new IllegalArgumentException("flags " + flags + " are not 8 bits");
        }
    }
}
