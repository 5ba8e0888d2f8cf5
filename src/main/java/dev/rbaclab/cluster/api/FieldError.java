package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A validation error on one field, worded as apimachinery's pkg/util/validation/field.Error:
 * {@code metadata.name: Invalid value: "Foo_Bad": a lowercase RFC 1123 subdomain ...}.
 */
public record FieldError(Type type, String field, Object badValue, String detail) {

    /** field.ErrorType with its printed text and StatusCause reason. */
    public enum Type {
        NOT_FOUND("Not found", "FieldValueNotFound", true),
        REQUIRED("Required value", "FieldValueRequired", false),
        DUPLICATE("Duplicate value", "FieldValueDuplicate", true),
        INVALID("Invalid value", "FieldValueInvalid", true),
        NOT_SUPPORTED("Unsupported value", "FieldValueNotSupported", true),
        FORBIDDEN("Forbidden", "FieldValueForbidden", false),
        TOO_LONG("Too long", "FieldValueTooLong", false),
        TOO_MANY("Too many", "FieldValueTooMany", false),
        INTERNAL("Internal error", "InternalError", false);

        final String text;
        final String causeReason;
        final boolean printsValue;

        Type(String text, String causeReason, boolean printsValue) {
            this.text = text;
            this.causeReason = causeReason;
            this.printsValue = printsValue;
        }
    }

    /** A value printed as given, for Go's %#v of slices and structs: {@code []string{"/healthz"}}. */
    public record GoValue(String text) {
        public static GoValue strings(java.util.List<String> values) {
            StringBuilder sb = new StringBuilder("[]string{");
            for (int i = 0; i < values.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
            }
            return new GoValue(sb.append('}').toString());
        }
    }

    /** A sentinel for "no value to print", as field.OmitValueType. */
    public static final Object OMIT = new Object();

    public static FieldError invalid(String field, Object value, String detail) {
        return new FieldError(Type.INVALID, field, value, detail);
    }

    public static FieldError required(String field, String detail) {
        return new FieldError(Type.REQUIRED, field, OMIT, detail);
    }

    public static FieldError forbidden(String field, String detail) {
        return new FieldError(Type.FORBIDDEN, field, OMIT, detail);
    }

    public static FieldError notSupported(String field, Object value, java.util.List<String> supported) {
        StringBuilder detail = new StringBuilder();
        if (!supported.isEmpty()) {
            detail.append("supported values: ");
            for (int i = 0; i < supported.size(); i++) {
                detail.append(i == 0 ? "" : ", ").append('"').append(supported.get(i)).append('"');
            }
        }
        return new FieldError(Type.NOT_SUPPORTED, field, value, detail.toString());
    }

    public static FieldError duplicate(String field, Object value) {
        return new FieldError(Type.DUPLICATE, field, value, "");
    }

    public static FieldError tooLong(String field, int max) {
        return new FieldError(Type.TOO_LONG, field, OMIT, "may not be more than " + max + " bytes");
    }

    /** field.Error.ErrorBody(): the text after {@code <field>: }. */
    public String body() {
        String s = type.text;
        if (type.printsValue && badValue != OMIT) {
            s += ": " + printValue(badValue);
        }
        if (detail != null && !detail.isEmpty()) {
            s += ": " + detail;
        }
        return s;
    }

    public String message() {
        return field + ": " + body();
    }

    public StatusCause toCause() {
        return new StatusCause(type.causeReason, body(), field);
    }

    /** Go's %#v-ish rendering used by field errors: strings quoted, numbers and booleans bare, null as "null". */
    static String printValue(Object value) {
        if (value == null) {
            // ErrorBody (field/errors.go) replaces a nil value by the string "null", which %q then quotes
            return quote("null");
        }
        if (value instanceof GoValue go) {
            return go.text();
        }
        if (value instanceof JsonNode node) {
            if (node.isTextual()) {
                return quote(node.asText());
            }
            return node.toString();
        }
        if (value instanceof String s) {
            return quote(s);
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
