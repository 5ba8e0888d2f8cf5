package dev.rbaclab.kubectl.cli;

import java.util.ArrayList;
import java.util.List;

/** pflag StringSlice values are read as one CSV record: commas split, double quotes protect. */
final class CsvValues {

    private CsvValues() {
    }

    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (field.length() == 0 || quoted)) {
                if (quoted && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
