package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The human-readable printer for server-side Tables (cli-runtime printers/tableprinter.go, v1.32): decorates the
 * table (NAMESPACE first, label columns and LABELS last, {@code kind/name}), hides priority columns unless wide,
 * upper-cases the headers, and writes tab-separated rows into a {@link TabWriter}. Like HumanReadablePrinter it
 * prints the header once for consecutive tables with the same columns.
 */
public final class TablePrinter {

    private final PrintOptions options;
    private JsonNode lastColumns;
    private boolean printedHeaders;

    public TablePrinter(PrintOptions options) {
        this.options = options;
    }

    public void print(JsonNode table, TabWriter out) {
        PrintOptions local = options;
        JsonNode columns = table.path("columnDefinitions");
        if (printedHeaders && (columns.isEmpty() || columns.equals(lastColumns))) {
            local = local.withNoHeaders(true);
        }
        if (!columns.equals(lastColumns)) {
            lastColumns = columns;
            printedHeaders = false;
        }
        if (!table.path("rows").isEmpty()) {
            printedHeaders = true;
        }
        List<Column> decorated = decorateColumns(columns, local);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            rows.add(decorateRow(row, columns, local));
        }
        printTable(decorated, rows, out, local);
    }

    /** A column definition reduced to what printing needs. */
    private record Column(String name, int priority) {
    }

    private static List<Column> decorateColumns(JsonNode definitions, PrintOptions options) {
        List<Column> columns = new ArrayList<>();
        if (options.withNamespace()) {
            columns.add(new Column("Namespace", 0));
        }
        for (JsonNode definition : definitions) {
            columns.add(new Column(definition.path("name").asText(), definition.path("priority").asInt(0)));
        }
        for (String label : options.columnLabels()) {
            String[] parts = label.split("/");
            columns.add(new Column(parts[parts.length - 1].toUpperCase(Locale.ROOT), 0));
        }
        if (options.showLabels()) {
            columns.add(new Column("Labels", 0));
        }
        return columns;
    }

    private static List<String> decorateRow(JsonNode row, JsonNode definitions, PrintOptions options) {
        List<String> cells = new ArrayList<>();
        JsonNode metadata = row.path("object").path("metadata");
        boolean hasMetadata = row.path("object").isObject();
        if (options.withNamespace()) {
            cells.add(hasMetadata ? metadata.path("namespace").asText("") : null);
        }
        int nameColumn = nameColumn(definitions, options);
        JsonNode rowCells = row.path("cells");
        for (int i = 0; i < rowCells.size(); i++) {
            String cell = cellText(rowCells.get(i));
            if (i == nameColumn) {
                cell = options.kind() + "/" + (cell == null ? "<nil>" : cell);
            }
            cells.add(cell);
        }
        Map<String, String> labels = labels(metadata);
        for (String key : options.columnLabels()) {
            cells.add(hasMetadata ? labels.getOrDefault(key, "") : null);
        }
        if (options.showLabels()) {
            cells.add(hasMetadata ? formatLabels(labels) : null);
        }
        return cells;
    }

    private static int nameColumn(JsonNode definitions, PrintOptions options) {
        if (options.kind() == null || options.kind().isEmpty()) {
            return -1;
        }
        for (int i = 0; i < definitions.size(); i++) {
            JsonNode d = definitions.get(i);
            if (d.path("format").asText().equals("name") && d.path("type").asText().equals("string")) {
                return i;
            }
        }
        return -1;
    }

    private static void printTable(List<Column> columns, List<List<String>> rows, TabWriter out, PrintOptions options) {
        StringBuilder text = new StringBuilder();
        if (!options.noHeaders()) {
            // no header for a table without rows: kubectl then prints "No resources found" instead
            if (rows.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (Column column : columns) {
                if (options.wide() || column.priority() == 0) {
                    names.add(column.name().toUpperCase(Locale.ROOT));
                }
            }
            text.append(String.join("\t", names)).append('\n');
        }
        for (List<String> row : rows) {
            boolean first = true;
            for (int i = 0; i < row.size() && i < columns.size(); i++) {
                if (!options.wide() && columns.get(i).priority() != 0) {
                    continue;
                }
                if (!first) {
                    text.append('\t');
                }
                first = false;
                String cell = row.get(i);
                if (cell != null) {
                    text.append(TerminalEscaper.escape(truncateAtBreak(cell)));
                }
            }
            text.append('\n');
        }
        out.write(text.toString());
    }

    /** Cells end at the first line break (tabwriter would treat it as a new line). */
    private static String truncateAtBreak(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\f' || c == '\n' || c == '\r') {
                return cell.substring(0, i) + "...";
            }
        }
        return cell;
    }

    /** fmt.Sprint of a cell decoded from JSON; null for a JSON null (printed as nothing). */
    static String cellText(JsonNode cell) {
        if (cell == null || cell.isNull()) {
            return null;
        }
        if (cell.isTextual()) {
            return cell.textValue();
        }
        if (cell.isNumber()) {
            return GoFormat.sprint(cell);
        }
        if (cell.isBoolean()) {
            return Boolean.toString(cell.booleanValue());
        }
        return GoValues.sprint(cell);
    }

    private static Map<String, String> labels(JsonNode metadata) {
        Map<String, String> labels = new TreeMap<>();
        metadata.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** labels.FormatLabels: {@code k=v,k2=v2} sorted by key, {@code <none>} when empty. */
    public static String formatLabels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "<none>";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(",", parts);
    }
}
