package dev.rbaclab.cluster.server.protobuf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the protobuf wire format (https://protobuf.dev/programming-guides/encoding/) from a window of a byte array.
 * Every length is checked against the bytes that are really left, so hostile input can neither read past its message
 * nor make the decoder allocate more than the body it sent.
 */
final class WireReader {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int START_GROUP = 3;
    static final int END_GROUP = 4;
    static final int FIXED32 = 5;

    /** The largest field number protobuf allows (2^29 - 1). */
    private static final int MAX_FIELD_NUMBER = (1 << 29) - 1;

    private final byte[] bytes;
    private final int limit;
    private int position;

    WireReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private WireReader(byte[] bytes, int start, int limit) {
        this.bytes = bytes;
        this.position = start;
        this.limit = limit;
    }

    boolean hasMore() {
        return position < limit;
    }

    /** A field key: the field number in the high bits, the wire type in the low three. */
    int readTag() {
        int at = position;
        long key = readVarint();
        long number = key >>> 3;
        int wireType = (int) (key & 7);
        if (number < 1 || number > MAX_FIELD_NUMBER || wireType > FIXED32) {
            throw ProtobufErrors.malformed("invalid field key " + key + " at byte " + at);
        }
        return (int) key;
    }

    static int fieldNumber(int tag) {
        return tag >>> 3;
    }

    static int wireType(int tag) {
        return tag & 7;
    }

    long readVarint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= limit) {
                throw ProtobufErrors.malformed("truncated varint at byte " + position);
            }
            byte next = bytes[position++];
            value |= (long) (next & 0x7f) << shift;
            if (next >= 0) {
                return value;
            }
        }
        // ten bytes carry 70 bits; Go's decoder refuses anything longer, and so do we
        throw ProtobufErrors.malformed("varint longer than 10 bytes at byte " + (position - 10));
    }

    /** The reader of a length-delimited field's content; this reader moves past it. */
    WireReader readEmbedded() {
        int length = readLength();
        WireReader embedded = new WireReader(bytes, position, position + length);
        position += length;
        return embedded;
    }

    byte[] readBytes() {
        int length = readLength();
        byte[] value = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    String readString() {
        int length = readLength();
        // Go does not validate UTF-8 in proto2 strings; malformed sequences become U+FFFD here
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** Moves past a field this decoder does not know. */
    void skip(int wireType) {
        switch (wireType) {
            case VARINT -> readVarint();
            case FIXED64 -> advance(8);
            case LENGTH_DELIMITED -> advance(readLength());
            case FIXED32 -> advance(4);
            // groups are deprecated and never written by Kubernetes; skipping them would need unbounded nesting
            default -> throw ProtobufErrors.malformed("unsupported group wire type " + wireType
                    + " before byte " + position);
        }
    }

    private int readLength() {
        int at = position;
        long length = readVarint();
        if (length < 0 || length > limit - position) {
            throw ProtobufErrors.malformed("length " + length + " at byte " + at + " runs past the end of its message ("
                    + (limit - position) + " bytes left)");
        }
        return (int) length;
    }

    private void advance(int count) {
        if (count > limit - position) {
            throw ProtobufErrors.malformed("truncated fixed-size field at byte " + position);
        }
        position += count;
    }
}
