package dev.rbaclab.cluster.server.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The apimachinery types whose JSON form is not an object: meta.v1.Time, resource.Quantity and intstr.IntOrString.
 * Field numbers from k8s.io/apimachinery {@code pkg/apis/meta/v1/generated.proto} (Time: 1=seconds, 2=nanos),
 * {@code pkg/api/resource/generated.proto} (Quantity: 1=string) and {@code pkg/util/intstr/generated.proto}
 * (IntOrString: 1=type, 2=intVal, 3=strVal).
 */
final class Wrappers {

    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range meta.v1.Time documents. */
    private static final long MIN_SECONDS = -62_135_596_800L;
    private static final long MAX_SECONDS = 253_402_300_799L;
    /** intstr.Type: 0 is Int, 1 is String. */
    private static final long STRING_TYPE = 1;

    private Wrappers() {
    }

    /** RFC 3339 in UTC at second precision, as metav1.Time.MarshalJSON writes it; null for the zero time. */
    static JsonNode time(WireReader in) {
        long seconds = 0;
        long nanos = 0;
        while (in.hasMore()) {
            int tag = in.readTag();
            int number = WireReader.fieldNumber(tag);
            if (number == 1 && WireReader.wireType(tag) == WireReader.VARINT) {
                seconds = in.readVarint();
            } else if (number == 2 && WireReader.wireType(tag) == WireReader.VARINT) {
                nanos = (int) in.readVarint();
            } else {
                in.skip(WireReader.wireType(tag));
            }
        }
        if (seconds == 0 && nanos == 0) {
            return null;
        }
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS || nanos < 0 || nanos > 999_999_999) {
            throw ProtobufErrors.malformed("time out of range: " + seconds + " s, " + nanos + " ns");
        }
        return TextNode.valueOf(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(seconds)));
    }

    static String quantity(WireReader in) {
        String value = "";
        while (in.hasMore()) {
            int tag = in.readTag();
            if (WireReader.fieldNumber(tag) == 1 && WireReader.wireType(tag) == WireReader.LENGTH_DELIMITED) {
                value = in.readString();
            } else {
                in.skip(WireReader.wireType(tag));
            }
        }
        return value;
    }

    /** A JSON string for type String, else a JSON number, as IntOrString.MarshalJSON writes it. */
    static JsonNode intOrString(WireReader in) {
        long type = 0;
        int intValue = 0;
        String stringValue = "";
        while (in.hasMore()) {
            int tag = in.readTag();
            int number = WireReader.fieldNumber(tag);
            int wireType = WireReader.wireType(tag);
            if (number == 1 && wireType == WireReader.VARINT) {
                type = in.readVarint();
            } else if (number == 2 && wireType == WireReader.VARINT) {
                intValue = (int) in.readVarint();
            } else if (number == 3 && wireType == WireReader.LENGTH_DELIMITED) {
                stringValue = in.readString();
            } else {
                in.skip(wireType);
            }
        }
        return type == STRING_TYPE ? TextNode.valueOf(stringValue) : IntNode.valueOf(intValue);
    }
}
