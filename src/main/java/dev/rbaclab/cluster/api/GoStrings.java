package dev.rbaclab.cluster.api;

import java.util.List;

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
