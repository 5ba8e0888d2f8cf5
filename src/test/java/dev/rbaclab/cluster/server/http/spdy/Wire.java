package dev.rbaclab.cluster.server.http.spdy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.Deflater;

/** Test helpers: frames written by hand, as hex or with a hand-made header block. */
final class Wire {

    private Wire() {
    }

    /** Hex with spaces for readability. */
    static ByteBuffer hex(String hex) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /** Compresses raw bytes the way a SPDY peer would: zlib primed with a dictionary, ending in a sync flush. */
    static byte[] deflate(byte[] raw, byte[] dictionary) {
        Deflater deflater = new Deflater();
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            int length;
            do {
                length = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                out.write(chunk, 0, length);
            } while (length == chunk.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] deflate(byte[] raw) {
        return deflate(raw, SpdyDictionary.bytes());
    }

    /** A SYN_STREAM for stream 1 carrying this (already compressed) header block. */
    static ByteBuffer synStream(byte[] headerBlock) {
        return ByteBuffer.allocate(18 + headerBlock.length)
                .putShort((short) 0x8003).putShort((short) 1).putInt(10 + headerBlock.length)
                .putInt(1).putInt(0).put((byte) 0).put((byte) 0)
                .put(headerBlock).flip();
    }

    /** An uncompressed header block from 32-bit lengths and strings, written as given (even if invalid). */
    static byte[] rawBlock(int pairs, String... namesAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4).putInt(pairs).array());
        for (String text : namesAndValues) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
