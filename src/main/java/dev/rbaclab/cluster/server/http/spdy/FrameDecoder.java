package dev.rbaclab.cluster.server.http.spdy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static dev.rbaclab.cluster.server.http.spdy.FrameType.HEADER_LENGTH;

/**
 * Reads frames from the bytes a client sent, one complete frame at a time, checking sizes before buffering a payload
 * and each field against SPDY/3. Header blocks go through the connection's {@link HeaderBlockReader}, so frames must
 * be decoded in arrival order, and none may be skipped.
 */
public final class FrameDecoder implements AutoCloseable {

    private final SpdyLimits limits;
    private final HeaderBlockReader headers;
    private boolean closed;

    public FrameDecoder(SpdyLimits limits) {
        this.limits = limits;
        this.headers = new HeaderBlockReader(limits);
    }

    /**
     * The next frame in {@code buffer} (whose position moves past it), or null while the buffer holds only part of
     * one. A payload larger than the limit is refused as soon as its length is known.
     */
    public synchronized Frame decode(ByteBuffer buffer) throws SpdyProtocolException {
        if (closed) {
            throw new SpdyProtocolException("the connection is closed");
        }
        if (buffer.remaining() < HEADER_LENGTH) {
            return null;
        }
        int start = buffer.position();
        int first = buffer.getInt(start);
        int flagsAndLength = buffer.getInt(start + 4);
        int flags = flagsAndLength >>> 24;
        int length = flagsAndLength & Frame.MAX_LENGTH;
        if (length > limits.maxFramePayload()) {
            throw new SpdyProtocolException("frame of " + length + " bytes exceeds the limit of " + limits.maxFramePayload());
        }
        if (buffer.remaining() < HEADER_LENGTH + length) {
            return null;
        }
        ByteBuffer payload = buffer.slice(start + HEADER_LENGTH, length);
        buffer.position(start + HEADER_LENGTH + length);
        try {
            if (first < 0) {
                return control(first, flags, payload);
            }
            byte[] data = new byte[length];
            payload.get(data);
            return new Frame.Data(first, flags, data);
        } catch (IllegalArgumentException e) {
            throw new SpdyProtocolException(e.getMessage());
        }
    }

    private Frame control(int first, int flags, ByteBuffer payload) throws SpdyProtocolException {
        int version = (first >>> 16) & 0x7fff;
        if (version != FrameType.VERSION) {
            throw new SpdyProtocolException("SPDY version " + version + " is not 3");
        }
        int type = first & 0xffff;
        switch (type) {
            case FrameType.SYN_STREAM:
                atLeast(payload, 10, "SYN_STREAM");
                int streamId = streamId(payload);
                int associated = streamId(payload);
                int priority = (payload.get() & 0xff) >>> 5;
                payload.get(); // credential slot, unused
                return new Frame.SynStream(streamId, associated, priority, flags, headerBlock(payload));
            case FrameType.SYN_REPLY:
                atLeast(payload, 4, "SYN_REPLY");
                return new Frame.SynReply(streamId(payload), flags, headerBlock(payload));
            case FrameType.RST_STREAM:
                exactly(payload, 8, flags, "RST_STREAM");
                return new Frame.RstStream(streamId(payload), RstStatus.of(payload.getInt()));
            case FrameType.SETTINGS:
                return settings(flags, payload);
            case FrameType.PING:
                exactly(payload, 4, flags, "PING");
                return new Frame.Ping(payload.getInt());
            case FrameType.GOAWAY:
                exactly(payload, 8, flags, "GOAWAY");
                return new Frame.GoAway(streamId(payload), GoAwayStatus.of(payload.getInt()));
            case FrameType.HEADERS:
                atLeast(payload, 4, "HEADERS");
                return new Frame.Headers(streamId(payload), flags, headerBlock(payload));
            case FrameType.WINDOW_UPDATE:
                exactly(payload, 8, flags, "WINDOW_UPDATE");
                return new Frame.WindowUpdate(streamId(payload), payload.getInt() & Frame.MAX_STREAM_ID);
            default:
                return new Frame.Unknown(type, flags, payload.remaining());
        }
    }

    private static Frame.Settings settings(int flags, ByteBuffer payload) throws SpdyProtocolException {
        atLeast(payload, 4, "SETTINGS");
        long count = Integer.toUnsignedLong(payload.getInt());
        if (count * 8 != payload.remaining()) {
            throw new SpdyProtocolException("SETTINGS announces " + count + " entries in " + payload.remaining() + " bytes");
        }
        List<Frame.Setting> settings = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            int flagsAndId = payload.getInt();
            settings.add(new Frame.Setting(flagsAndId >>> 24, flagsAndId & Frame.MAX_LENGTH, payload.getInt()));
        }
        return new Frame.Settings(flags, settings);
    }

    private HeaderBlock headerBlock(ByteBuffer payload) throws SpdyProtocolException {
        byte[] compressed = new byte[payload.remaining()];
        payload.get(compressed);
        return headers.read(compressed);
    }

    /** The reserved high bit is ignored, as spdystream does. */
    private static int streamId(ByteBuffer payload) {
        return payload.getInt() & Frame.MAX_STREAM_ID;
    }

    private static void atLeast(ByteBuffer payload, int length, String type) throws SpdyProtocolException {
        if (payload.remaining() < length) {
            throw new SpdyProtocolException(type + " of " + payload.remaining() + " bytes is shorter than " + length);
        }
    }

    private static void exactly(ByteBuffer payload, int length, int flags, String type) throws SpdyProtocolException {
        if (payload.remaining() != length) {
            throw new SpdyProtocolException(type + " of " + payload.remaining() + " bytes is not " + length);
        }
        if (flags != 0) {
            throw new SpdyProtocolException(type + " has flags " + flags);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            headers.close();
        }
    }
}
