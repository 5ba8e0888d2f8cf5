package dev.rbaclab.cluster.server.protobuf;

import dev.rbaclab.cluster.server.protobuf.Field.Shape;

/** Short constructors for the message tables, so that each table reads like its {@code .proto} message. */
final class Fields {

    private Fields() {
    }

    static Field string(int number, String name) {
        return new Field(number, name, FieldType.STRING, Shape.SINGLE, false, null);
    }

    static Field strings(int number, String name) {
        return new Field(number, name, FieldType.STRING, Shape.REPEATED, false, null);
    }

    static Field bool(int number, String name) {
        return new Field(number, name, FieldType.BOOL, Shape.SINGLE, false, null);
    }

    static Field int32(int number, String name) {
        return new Field(number, name, FieldType.INT32, Shape.SINGLE, false, null);
    }

    static Field int64(int number, String name) {
        return new Field(number, name, FieldType.INT64, Shape.SINGLE, false, null);
    }

    static Field time(int number, String name) {
        return new Field(number, name, FieldType.TIME, Shape.SINGLE, false, null);
    }

    static Field quantity(int number, String name) {
        return new Field(number, name, FieldType.QUANTITY, Shape.SINGLE, false, null);
    }

    static Field intOrString(int number, String name) {
        return new Field(number, name, FieldType.INT_OR_STRING, Shape.SINGLE, false, null);
    }

    static Field message(int number, String name, Message message) {
        return new Field(number, name, FieldType.MESSAGE, Shape.SINGLE, false, message);
    }

    static Field messages(int number, String name, Message message) {
        return new Field(number, name, FieldType.MESSAGE, Shape.REPEATED, false, message);
    }

    /** A Go struct embedded with {@code json:",inline"}: its fields land in the parent's JSON object. */
    static Field inline(int number, Message message) {
        return new Field(number, null, FieldType.INLINE, Shape.SINGLE, false, message);
    }

    static Field stringMap(int number, String name) {
        return new Field(number, name, FieldType.STRING, Shape.MAP, false, null);
    }

    static Field bytesMap(int number, String name) {
        return new Field(number, name, FieldType.BYTES, Shape.MAP, false, null);
    }

    static Field quantityMap(int number, String name) {
        return new Field(number, name, FieldType.QUANTITY, Shape.MAP, false, null);
    }
}
