package dev.rbaclab.cluster.server.http.spdy;

import java.nio.ByteBuffer;

import static dev.rbaclab.cluster.server.http.spdy.FrameType.HEADER_LENGTH;

/**
 * Writes frames in the wire format. Header blocks share one compression stream, so frames must be encoded in the
 * order they are sent. Not thread-safe.
 */
public final class FrameEncoder implements AutoCloseable {

    private final HeaderBlockWriter headers = new HeaderBlockWriter();

    public ByteBuffer encode(Frame frame) {
        if (frame instanceof Frame.Data data) {
            return ByteBuffer.allocate(HEADER_LENGTH + data.data().length)
                    .putInt(data.streamId())
                    .putInt(data.flags() << 24 | data.data().length)
                    .put(data.data())
                    .flip();
        }
        if (frame instanceof Frame.SynStream syn) {
            byte[] block = headers.write(syn.headers());
            return control(FrameType.SYN_STREAM, syn.flags(), 10 + block.length)
                    .putInt(syn.streamId()).putInt(syn.associatedStreamId())
                    .put((byte) (syn.priority() << 5)).put((byte) 0)
                    .put(block).flip();
        }
        if (frame instanceof Frame.SynReply reply) {
            byte[] block = headers.write(reply.headers());
            return control(FrameType.SYN_REPLY, reply.flags(), 4 + block.length)
                    .putInt(reply.streamId()).put(block).flip();
        }
        if (frame instanceof Frame.Headers headersFrame) {
            byte[] block = headers.write(headersFrame.headers());
            return control(FrameType.HEADERS, headersFrame.flags(), 4 + block.length)
                    .putInt(headersFrame.streamId()).put(block).flip();
        }
        if (frame instanceof Frame.RstStream reset) {
            return control(FrameType.RST_STREAM, 0, 8).putInt(reset.streamId()).putInt(reset.status().code()).flip();
        }
        if (frame instanceof Frame.Settings settings) {
            ByteBuffer buffer = control(FrameType.SETTINGS, settings.flags(), 4 + 8 * settings.settings().size())
                    .putInt(settings.settings().size());
            for (Frame.Setting setting : settings.settings()) {
                buffer.putInt(setting.flags() << 24 | setting.id()).putInt(setting.value());
            }
            return buffer.flip();
        }
        if (frame instanceof Frame.Ping ping) {
            return control(FrameType.PING, 0, 4).putInt(ping.id()).flip();
        }
        if (frame instanceof Frame.GoAway goAway) {
            return control(FrameType.GOAWAY, 0, 8).putInt(goAway.lastGoodStreamId()).putInt(goAway.status().code()).flip();
        }
        if (frame instanceof Frame.WindowUpdate update) {
            return control(FrameType.WINDOW_UPDATE, 0, 8).putInt(update.streamId()).putInt(update.deltaWindowSize()).flip();
        }
        throw new IllegalArgumentException("cannot encode " + frame);
    }

    private static ByteBuffer control(int type, int flags, int length) {
        return ByteBuffer.allocate(HEADER_LENGTH + length)
                .putShort((short) (0x8000 | FrameType.VERSION))
                .putShort((short) type)
                .putInt(flags << 24 | length);
    }

    @Override
    public void close() {
        headers.close();
    }
}
