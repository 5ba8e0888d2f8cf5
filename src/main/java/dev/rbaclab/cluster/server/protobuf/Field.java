package dev.rbaclab.cluster.server.protobuf;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a message table: a field number from {@code generated.proto} and the JSON name of the Go field.
 *
 * @param keepZero whether a present zero value (false, 0, "", an empty message) stays in the JSON. Go writes every
 *                 non-pointer field, so a zero usually means "not set"; for pointer fields ({@code *bool},
 *                 {@code *int32}, {@code *LabelSelector}, ...) gogo writes the field only when the pointer is set, so
 *                 a zero there was chosen by the client ({@code automountServiceAccountToken: false},
 *                 {@code replicas: 0}, an empty selector that selects everything) and must survive.
 * @param message  the nested table for {@link FieldType#MESSAGE} and {@link FieldType#INLINE}, else null
 */
record Field(int number, String name, FieldType type, Shape shape, boolean keepZero, Message message) {

    /** How many values a field holds. */
    enum Shape {
        SINGLE,
        /** A repeated field: one occurrence per element, in order. */
        REPEATED,
        /** {@code map<string, type>}: repeated entries {1: key, 2: value}. */
        MAP
    }

    private static final Set<FieldType> MAP_VALUES = EnumSet.of(FieldType.STRING, FieldType.BYTES, FieldType.QUANTITY);

    Field {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shape, "shape");
        if (number < 1) {
            throw new IllegalArgumentException("field numbers start at 1: " + number);
        }
        boolean nested = type == FieldType.MESSAGE || type == FieldType.INLINE;
        if (nested != (message != null)) {
            throw new IllegalArgumentException("field " + number + ": message tables go with MESSAGE and INLINE only");
        }
        if (type != FieldType.INLINE && (name == null || name.isEmpty())) {
            throw new IllegalArgumentException("field " + number + " needs its JSON name");
        }
        if (type == FieldType.INLINE && shape != Shape.SINGLE) {
            throw new IllegalArgumentException("field " + number + ": only a single message can be inlined");
        }
        if (shape == Shape.MAP && !MAP_VALUES.contains(type)) {
            throw new IllegalArgumentException("field " + number + ": maps of " + type + " are not supported");
        }
    }

    /** The same field, marked as a Go pointer whose zero value is meaningful. */
    Field keepingZero() {
        return new Field(number, name, type, shape, true, message);
    }

    /** The wire type this field's occurrences must have: maps, repeated and nested values are length-delimited. */
    int wireType() {
        return shape == Shape.MAP ? WireReader.LENGTH_DELIMITED : type.wireType();
    }
}
