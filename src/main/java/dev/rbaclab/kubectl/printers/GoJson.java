package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * JSON as Go's encoding/json writes an unstructured object: map keys sorted, HTML characters escaped
 * ({@code <} as {@code \u003c}), and either compact ({@code json.Marshal}, the last-applied annotation) or
 * indented with four spaces ({@code json.MarshalIndent(obj, "", "    ")}, {@code kubectl -o json}).
 */
public final class GoJson {

    private GoJson() {
    }

    public static String compact(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, null, 0);
        return sb.toString();
    }

    /** The indented form with a final newline, as kubectl's JSON printer prints it. */
    public static String indented(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, "    ", 0);
        return sb.append('\n').toString();
    }

    /**
     * json.MarshalIndent of a Go struct: fields in declaration order (the node's order), the given indent, no
     * final newline ({@code kubectl version -o json} indents with two spaces).
     */
    public static String indentedInOrder(JsonNode node, String indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, indent, 0, false);
        return sb.toString();
    }

    private static void write(StringBuilder sb, JsonNode node, String indent, int depth) {
        write(sb, node, indent, depth, true);
    }

    private static void write(StringBuilder sb, JsonNode node, String indent, int depth, boolean sortKeys) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            sb.append("null");
        } else if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            if (sortKeys) {
                keys.sort(GoJson::compareUtf8);
            }
            sb.append('{');
            boolean first = true;
            for (String key : keys) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                newline(sb, indent, depth + 1);
                string(sb, key);
                sb.append(indent == null ? ":" : ": ");
                write(sb, node.get(key), indent, depth + 1, sortKeys);
            }
            if (!keys.isEmpty()) {
                newline(sb, indent, depth);
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                newline(sb, indent, depth + 1);
                write(sb, node.get(i), indent, depth + 1, sortKeys);
            }
            if (!node.isEmpty()) {
                newline(sb, indent, depth);
            }
            sb.append(']');
        } else if (node.isTextual()) {
            string(sb, node.textValue());
        } else if (node.isIntegralNumber()) {
            sb.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            sb.append(GoFormat.jsonFloat(node.doubleValue()));
        } else {
            sb.append(node.asText());
        }
    }

    private static void newline(StringBuilder sb, String indent, int depth) {
        if (indent == null) {
            return;
        }
        sb.append('\n');
        sb.append(indent.repeat(depth));
    }

    /** Go sorts map keys by their UTF-8 bytes, which is code point order. */
    private static int compareUtf8(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** encoding/json encodeState.string with escapeHTML. */
    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
