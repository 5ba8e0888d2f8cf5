package dev.rbaclab.robust;

import java.nio.charset.StandardCharsets;

/**
 * Reads the code of a Status in the protobuf envelope (runtime.Unknown after the "k8s\0" magic: field 1 TypeMeta with
 * kind in field 2, field 2 the raw Status, whose code is field 6). -1 for anything else.
 */
final class ProtobufStatus {

    private ProtobufStatus() {
    }

    static int code(byte[] body) {
        if (body.length < 4 || body[0] != 'k' || body[1] != '8' || body[2] != 's' || body[3] != 0) {
            return -1;
        }
        Reader envelope = new Reader(body, 4, body.length);
        String kind = null;
        int code = -1;
        while (envelope.more()) {
            int field = envelope.tag();
            if (field == 1) {
                Reader typeMeta = envelope.message();
                while (typeMeta.more()) {
                    int inner = typeMeta.tag();
                    Reader value = typeMeta.message();
                    if (inner == 2) {
                        kind = value.text();
                    }
                }
            } else if (field == 2) {
                Reader status = envelope.message();
                while (status.more()) {
                    int inner = status.tag();
                    if (status.wireType == 0) {
                        long value = status.varint();
                        if (inner == 6) {
                            code = (int) value;
                        }
                    } else {
                        status.message();
                    }
                }
            } else {
                envelope.message();
            }
        }
        return "Status".equals(kind) ? code : -1;
    }

    /** Just enough of the wire format: varints and length-delimited fields. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;
        private final int end;
        int wireType;

        Reader(byte[] bytes, int at, int end) {
            this.bytes = bytes;
            this.at = at;
            this.end = end;
        }

        boolean more() {
            return at < end;
        }

        int tag() {
            long tag = varint();
            wireType = (int) (tag & 7);
            return (int) (tag >>> 3);
        }

        long varint() {
            long value = 0;
            for (int shift = 0; at < end && shift < 64; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            return value;
        }

        Reader message() {
            int length = (int) Math.min(varint(), end - at);
            Reader inner = new Reader(bytes, at, at + length);
            at += length;
            return inner;
        }

        String text() {
            return new String(bytes, at, end - at, StandardCharsets.UTF_8);
        }
    }
}
