package dev.rbaclab.cluster.server.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rbaclab.cluster.api.Json;

import java.util.Base64;

/**
 * Walks a message's bytes with its {@link Message} table and builds the JSON object Go's encoding/json would write
 * for it, less zero values (see {@link Field#keepZero()}). One instance decodes one body: it counts the values it
 * builds so that a body of many tiny elements cannot grow into a huge tree.
 */
final class MessageDecoder {

    /** Far deeper than any table nests (CronJob → … → a key selector is 11); a guard should the tables change. */
    static final int MAX_DEPTH = 32;
    /** Values per body; a 3 MiB ConfigMap of one-byte entries stays well below, a tree bomb does not. */
    static final int MAX_VALUES = 200_000;

    private int values;

    ObjectNode decode(WireReader in, Message message) {
        return decode(in, message, 0);
    }

    private ObjectNode decode(WireReader in, Message message, int depth) {
        if (depth > MAX_DEPTH) {
            throw ProtobufErrors.malformed("messages nested deeper than " + MAX_DEPTH + " levels");
        }
        ObjectNode object = Json.object();
        while (in.hasMore()) {
            int tag = in.readTag();
            Field field = message.field(WireReader.fieldNumber(tag));
            if (field == null) {
                // a field this table does not list (newer kubectl, or one kubectl never sets): an older API server
                // skips unknown protobuf fields as well
                in.skip(WireReader.wireType(tag));
                continue;
            }
            if (WireReader.wireType(tag) != field.wireType()) {
                throw ProtobufErrors.malformed("field " + field.number() + " (" + describe(field) + ") of "
                        + message + " has wire type " + WireReader.wireType(tag) + ", expected " + field.wireType());
            }
            if (++values > MAX_VALUES) {
                throw ProtobufErrors.malformed("more than " + MAX_VALUES + " values in one body");
            }
            read(in, field, object, depth);
        }
        return object;
    }

    private void read(WireReader in, Field field, ObjectNode object, int depth) {
        switch (field.shape()) {
            case MAP -> readMapEntry(in.readEmbedded(), field, object.withObjectProperty(field.name()));
            case REPEATED -> {
                JsonNode element = value(in, field, depth);
                // repeated elements are never "absent": apiGroups [""] means the core group
                object.withArrayProperty(field.name()).add(element == null ? Json.object() : element);
            }
            case SINGLE -> {
                if (field.type() == FieldType.INLINE) {
                    object.setAll(decode(in.readEmbedded(), field.message(), depth + 1));
                    return;
                }
                JsonNode value = value(in, field, depth);
                if (value == null || (isZero(value) && !field.keepZero())) {
                    // a later occurrence of a field replaces an earlier one (Go would merge two occurrences of a
                    // message field; no client writes a field twice)
                    object.remove(field.name());
                    return;
                }
                object.set(field.name(), value);
            }
        }
    }

    /** One value of a field, or null for a zero time (Go writes {@code null} there, we write nothing). */
    private JsonNode value(WireReader in, Field field, int depth) {
        return switch (field.type()) {
            case STRING -> TextNode.valueOf(in.readString());
            case BYTES -> TextNode.valueOf(Base64.getEncoder().encodeToString(in.readBytes()));
            case BOOL -> BooleanNode.valueOf(in.readVarint() != 0);
            // int32 travels as a sign-extended varint; truncating restores negative values
            case INT32 -> IntNode.valueOf((int) in.readVarint());
            case INT64 -> number(in.readVarint());
            case MESSAGE -> decode(in.readEmbedded(), field.message(), depth + 1);
            case INLINE -> throw new IllegalStateException("inline fields are read in place");
            case TIME -> Wrappers.time(in.readEmbedded());
            case QUANTITY -> TextNode.valueOf(Wrappers.quantity(in.readEmbedded()));
            case INT_OR_STRING -> Wrappers.intOrString(in.readEmbedded());
        };
    }

    /** The node Jackson itself builds when it parses the number: an int when it fits, so JSON equality holds. */
    private static JsonNode number(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    private void readMapEntry(WireReader entry, Field field, ObjectNode map) {
        String key = "";
        JsonNode value = null;
        while (entry.hasMore()) {
            int tag = entry.readTag();
            int number = WireReader.fieldNumber(tag);
            if (number == 1 && WireReader.wireType(tag) == WireReader.LENGTH_DELIMITED) {
                key = entry.readString();
            } else if (number == 2 && WireReader.wireType(tag) == WireReader.LENGTH_DELIMITED) {
                value = value(entry, field, 0);
            } else {
                entry.skip(WireReader.wireType(tag));
            }
        }
        // an entry without a value holds the zero value; Go keeps the key
        map.set(key, value != null ? value : TextNode.valueOf(field.type() == FieldType.QUANTITY ? "0" : ""));
    }

    private static boolean isZero(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue().isEmpty();
        }
        if (value.isBoolean()) {
            return !value.booleanValue();
        }
        if (value.isNumber()) {
            return value.longValue() == 0;
        }
        return value.isObject() && value.isEmpty();
    }

    private static String describe(Field field) {
        return field.name() == null ? field.message().name() : field.name();
    }
}
