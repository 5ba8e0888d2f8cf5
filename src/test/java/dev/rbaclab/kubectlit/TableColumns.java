package dev.rbaclab.kubectlit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every cell of one column of the tables kubectl prints, then lays the table out again as kubectl's
 * tabwriter does (cli-runtime printers/tabwriter.go: minimum width 6, padding 3, the last column unpadded). An AGE
 * of 9s or 1m40s then reads {@code <age>} in a table whose alignment no longer depends on how long the test took.
 */
final class TableColumns {

    private static final int MIN_WIDTH = 6;
    private static final int PADDING = 3;
    /** Header names are upper-case words, single spaces inside a name ("CREATED AT"), wider gaps between names. */
    private static final Pattern HEADER_NAME = Pattern.compile("\\S+(?: \\S+)*");

    private TableColumns() {
    }

    static String replace(String text, String header, String placeholder) {
        // kubectl get a,b prints one table per kind, separated by an empty line
        String[] tables = text.split("\n\n", -1);
        for (int i = 0; i < tables.length; i++) {
            tables[i] = replaceInTable(tables[i], header, placeholder);
        }
        return String.join("\n\n", tables);
    }

    private static String replaceInTable(String table, String header, String placeholder) {
        String[] lines = table.split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher name = HEADER_NAME.matcher(lines[0]);
        while (name.find()) {
            starts.add(name.start());
            names.add(name.group());
        }
        int column = names.indexOf(header);
        if (column < 0) {
            return table;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                rows.add(null);
                continue;
            }
            List<String> cells = cells(lines[i], starts);
            if (i > 0) {
                cells.set(column, placeholder);
            }
            rows.add(cells);
        }
        return render(rows, starts.size());
    }

    private static List<String> cells(String line, List<Integer> starts) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < starts.size(); c++) {
            int from = Math.min(starts.get(c), line.length());
            int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
            cells.add(line.substring(from, to).trim());
        }
        return cells;
    }

    /** Rows laid out as kubectl's tabwriter does; a null row is an empty line. */
    static String render(List<List<String>> rows, int columns) {
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; row != null && c < columns - 1; c++) {
                widths[c] = Math.max(widths[c], Math.max(MIN_WIDTH, row.get(c).length() + PADDING));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            if (row == null) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns - 1; c++) {
                line.append(row.get(c)).append(" ".repeat(widths[c] - row.get(c).length()));
            }
            lines.add(line.append(row.get(columns - 1)).toString());
        }
        return String.join("\n", lines);
    }
}
