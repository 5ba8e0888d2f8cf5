package dev.rbaclab.cluster.server.http.spdy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Compresses the header blocks one side sends: a single zlib stream for the whole connection, primed with the SPDY
 * dictionary, each block ending with a sync flush so that the peer can decompress it on its own. Blocks must be
 * written in the order their frames go on the wire. Not thread-safe.
 */
public final class HeaderBlockWriter implements AutoCloseable {

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);

    public HeaderBlockWriter() {
        deflater.setDictionary(SpdyDictionary.bytes());
    }

    public byte[] write(HeaderBlock block) {
        deflater.setInput(serialize(block));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] chunk = new byte[512];
        int length;
        do {
            // with SYNC_FLUSH a full chunk means more output is pending (Deflater#deflate)
            length = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            compressed.write(chunk, 0, length);
        } while (length == chunk.length);
        return compressed.toByteArray();
    }

    /** The uncompressed block: a 32-bit pair count, then per pair a 32-bit length and the name, a 32-bit length and the NUL-joined values. */
    static byte[] serialize(HeaderBlock block) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(int32(block.entries().size()));
        for (Map.Entry<String, List<String>> entry : block.entries().entrySet()) {
            byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] value = String.join("\0", entry.getValue()).getBytes(StandardCharsets.UTF_8);
            raw.writeBytes(int32(name.length));
            raw.writeBytes(name);
            raw.writeBytes(int32(value.length));
            raw.writeBytes(value);
        }
        return raw.toByteArray();
    }

    private static byte[] int32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    @Override
    public void close() {
        deflater.end();
    }
}
