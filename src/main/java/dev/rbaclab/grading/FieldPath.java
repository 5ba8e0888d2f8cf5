package dev.rbaclab.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A dotted path into an object: {@code spec.serviceAccountName}, {@code subjects.0.name}, and brackets for keys with
 * dots: {@code metadata.annotations[kubernetes.io/enforce-mountable-secrets]}.
 */
final class FieldPath {

    private FieldPath() {
    }

    static JsonNode resolve(JsonNode root, String path) {
        JsonNode current = root;
        for (String segment : segments(path)) {
            if (current.isArray() && segment.matches("\\d+")) {
                current = current.path(Integer.parseInt(segment));
            } else if (current.isObject()) {
                current = current.path(segment);
            } else {
                return MissingNode.getInstance();
            }
        }
        return current;
    }

    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (current.length() > 0) {
                    segments.add(current.toString());
                    current.setLength(0);
                }
                segments.add(path.substring(i + 1, close < 0 ? path.length() : close));
                i = close < 0 ? path.length() : close;
            } else if (c == '.') {
                if (current.length() > 0) {
                    segments.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            segments.add(current.toString());
        }
        return segments;
    }

    /** Whether {@code actual} has every field of {@code expected} with the same value (recursively). */
    static boolean matches(JsonNode actual, JsonNode expected) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            var fields = expected.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if (!matches(actual.path(field.getKey()), field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isValueNode() && actual.isValueNode()) {
            return expected.asText().equals(actual.asText());
        }
        return expected.equals(actual);
    }
}
