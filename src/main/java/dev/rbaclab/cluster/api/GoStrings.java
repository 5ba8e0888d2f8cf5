package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Go's renderings of string lists that Kubernetes messages contain. */
public final class GoStrings {

    private GoStrings() {
    }

    /** %q of a []string: {@code ["a" "b"]}. */
    public static String quotedList(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(quote(values.get(i)));
        }
        return sb.append(']').toString();
    }

    /** %v of a []string: {@code [a b]}. */
    public static String list(List<String> values) {
        return "[" + String.join(" ", values) + "]";
    }

    /**
     * fmt's %v of a JSON value decoded into interface{}: {@code map[kind:Role rules:[map[verbs:[get]]]]}, map keys
     * sorted as fmt sorts them, strings bare, null as {@code <nil>}.
     */
    public static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return "<nil>";
        }
        List<String> parts = new ArrayList<>();
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.forEach((key, child) -> parts.add(key + ":" + value(child)));
            return "map[" + String.join(" ", parts) + "]";
        }
        if (node.isArray()) {
            node.forEach(child -> parts.add(value(child)));
            return "[" + String.join(" ", parts) + "]";
        }
        return node.asText();
    }

    /** %q of a string. */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
