package dev.rbaclab.cluster.server.http.spdy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses and parses the header blocks a client sends, in the order they arrive (one zlib stream per
 * connection). Output is capped: a few hundred compressed bytes can inflate to megabytes, so decompression stops as
 * soon as a block exceeds {@link SpdyLimits#maxHeaderBlockBytes()}. Any error leaves the zlib stream unusable, so
 * every {@link SpdyProtocolException} from here ends the session. Not thread-safe.
 */
public final class HeaderBlockReader implements AutoCloseable {

    private final Inflater inflater = new Inflater();
    private final SpdyLimits limits;

    public HeaderBlockReader(SpdyLimits limits) {
        this.limits = limits;
    }

    public HeaderBlock read(byte[] compressed) throws SpdyProtocolException {
        return parse(inflate(compressed), limits);
    }

    private byte[] inflate(byte[] compressed) throws SpdyProtocolException {
        inflater.setInput(compressed);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] chunk = new byte[1024];
        while (true) {
            int length;
            try {
                length = inflater.inflate(chunk);
            } catch (DataFormatException e) {
                throw new SpdyProtocolException("header block is not valid zlib data: " + e.getMessage());
            }
            raw.write(chunk, 0, length);
            if (raw.size() > limits.maxHeaderBlockBytes()) {
                throw new SpdyProtocolException("header block inflates to more than " + limits.maxHeaderBlockBytes() + " bytes");
            }
            if (length > 0) {
                continue;
            }
            if (inflater.needsDictionary()) {
                primeDictionary();
            } else if (inflater.finished()) {
                // the peer ended its zlib stream; later blocks could not be read
                throw new SpdyProtocolException("header compression stream ended");
            } else if (inflater.needsInput()) {
                return raw.toByteArray();
            } else {
                throw new SpdyProtocolException("header block does not decompress");
            }
        }
    }

    private void primeDictionary() throws SpdyProtocolException {
        try {
            inflater.setDictionary(SpdyDictionary.bytes());
        } catch (IllegalArgumentException e) {
            throw new SpdyProtocolException("header block uses another zlib dictionary than SPDY/3's");
        }
    }

    /** Parses an uncompressed block (see {@link HeaderBlockWriter#serialize}). */
    static HeaderBlock parse(byte[] raw, SpdyLimits limits) throws SpdyProtocolException {
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        long pairs = unsigned(buffer);
        if (pairs > limits.maxHeaderPairs()) {
            throw new SpdyProtocolException("header block has " + pairs + " pairs, more than " + limits.maxHeaderPairs());
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (long i = 0; i < pairs; i++) {
            String name = string(buffer, "name");
            if (name.isEmpty()) {
                throw new SpdyProtocolException("header block has an empty name");
            }
            if (entries.containsKey(name)) {
                throw new SpdyProtocolException("header block repeats " + name);
            }
            List<String> values = new ArrayList<>(Arrays.asList(string(buffer, "value").split("\0", -1)));
            entries.put(name, values);
        }
        if (buffer.hasRemaining()) {
            throw new SpdyProtocolException("header block has " + buffer.remaining() + " bytes after its last pair");
        }
        try {
            return new HeaderBlock(entries);
        } catch (IllegalArgumentException e) {
            throw new SpdyProtocolException(e.getMessage());
        }
    }

    private static String string(ByteBuffer buffer, String what) throws SpdyProtocolException {
        long length = unsigned(buffer);
        if (length > buffer.remaining()) {
            throw new SpdyProtocolException("header " + what + " of " + length + " bytes overruns the block");
        }
        byte[] bytes = new byte[(int) length];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static long unsigned(ByteBuffer buffer) throws SpdyProtocolException {
        if (buffer.remaining() < 4) {
            throw new SpdyProtocolException("header block is truncated");
        }
        return Integer.toUnsignedLong(buffer.getInt());
    }

    @Override
    public void close() {
        inflater.end();
    }
}
