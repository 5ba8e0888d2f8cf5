package dev.rbaclab.cluster.server.protobuf;

/** What a field's bytes hold and so how they become JSON. */
enum FieldType {
    STRING,
    /** Raw bytes; JSON carries them base64-encoded, as Go's encoding/json does for {@code []byte}. */
    BYTES,
    BOOL,
    INT32,
    INT64,
    /** A nested message that becomes a nested JSON object. */
    MESSAGE,
    /**
     * A nested message whose fields appear in the parent's JSON object: Go structs embedded with
     * {@code json:",inline"} (LocalObjectReference in a key selector, VolumeSource in a Volume) are separate
     * messages on the wire.
     */
    INLINE,
    /** meta.v1.Time {seconds, nanos}; RFC 3339 in JSON, like metav1.Time.MarshalJSON. */
    TIME,
    /** resource.Quantity, carried as its canonical string in field 1. */
    QUANTITY,
    /** intstr.IntOrString {type, intVal, strVal}; a JSON number or string. */
    INT_OR_STRING;

    /** The wire type a single value of this type has. */
    int wireType() {
        return switch (this) {
            case BOOL, INT32, INT64 -> WireReader.VARINT;
            default -> WireReader.LENGTH_DELIMITED;
        };
    }
}
