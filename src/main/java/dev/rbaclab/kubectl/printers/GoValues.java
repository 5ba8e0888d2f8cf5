package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Go's {@code %v} of values decoded from JSON: {@code map[a:b]}, {@code [x y]}, {@code <nil>}. */
public final class GoValues {

    private GoValues() {
    }

    public static String sprint(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "<nil>";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return GoFormat.sprint(node);
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(sprint(item)));
            return "[" + String.join(" ", items) + "]";
        }
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            keys.sort(null);
            List<String> parts = new ArrayList<>();
            for (String key : keys) {
                parts.add(key + ":" + sprint(node.get(key)));
            }
            return "map[" + String.join(" ", parts) + "]";
        }
        return node.asText();
    }

    /** {@code %v} of a []string: {@code [a b]}. */
    public static String list(List<String> values) {
        return "[" + String.join(" ", values) + "]";
    }

    /** Go's {@code %q} of a string (strconv.Quote): escapes quotes, backslashes and control characters. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
