package dev.rbaclab.cluster.server.protobuf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes protobuf by hand, for bodies kubectl never sends: edge cases and hostile input. */
final class ProtoWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A Kubernetes protobuf body: the {@code k8s\0} prefix and a runtime.Unknown around {@code object}. */
    static byte[] body(String apiVersion, String kind, ProtoWriter object) {
        ProtoWriter unknown = new ProtoWriter()
                .message(1, new ProtoWriter().string(1, apiVersion).string(2, kind))
                .bytes(2, object.toByteArray())
                .string(3, "")
                .string(4, "");
        return new ProtoWriter().raw(0x6b, 0x38, 0x73, 0x00).raw(unknown.toByteArray()).toByteArray();
    }

    ProtoWriter varint(int field, long value) {
        tag(field, WireReader.VARINT);
        return rawVarint(value);
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter bytes(int field, byte[] value) {
        tag(field, WireReader.LENGTH_DELIMITED);
        rawVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.toByteArray());
    }

    /** A map entry {1: key, 2: value}. */
    ProtoWriter entry(int field, String key, String value) {
        return message(field, new ProtoWriter().string(1, key).string(2, value));
    }

    ProtoWriter tag(int field, int wireType) {
        return rawVarint(((long) field << 3) | wireType);
    }

    ProtoWriter rawVarint(long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) ((value & 0x7f) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
        return this;
    }

    ProtoWriter raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    ProtoWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
