package dev.rbaclab.kubectl.printers;

import java.util.List;

/**
 * printers.PrintOptions of the human-readable printer: what {@code kubectl get} adds to a server-side Table.
 * {@code kind} is the lower-cased {@code Kind[.group]} prefixed to names when several kinds are printed.
 */
public record PrintOptions(boolean noHeaders, boolean wide, boolean withNamespace, boolean showLabels,
                           List<String> columnLabels, String kind) {

    public PrintOptions {
        columnLabels = List.copyOf(columnLabels);
    }

    public static PrintOptions defaults() {
        return new PrintOptions(false, false, false, false, List.of(), null);
    }

    public PrintOptions withNoHeaders(boolean value) {
        return new PrintOptions(value, wide, withNamespace, showLabels, columnLabels, kind);
    }

    public PrintOptions withKind(String value) {
        return new PrintOptions(noHeaders, wide, withNamespace, showLabels, columnLabels, value);
    }

    public PrintOptions withNamespace(boolean value) {
        return new PrintOptions(noHeaders, wide, value, showLabels, columnLabels, kind);
    }
}
