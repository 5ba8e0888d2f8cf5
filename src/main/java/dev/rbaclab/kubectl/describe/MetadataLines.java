package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * printLabelsMultiline and printAnnotationsMultiline of describe.go: one {@code key=value} per line, sorted,
 * aligned under the value column; annotations as {@code key: value}, long or multi-line ones on their own lines
 * shortened to 140 characters, and the last-applied-configuration annotation never shown.
 */
public final class MetadataLines {

    private static final int MAX_ANNOTATION_LENGTH = 140;
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private MetadataLines() {
    }

    public static void labels(PrefixWriter w, String title, JsonNode map) {
        labels(w, "", title, "\t", strings(map));
    }

    public static void labels(PrefixWriter w, String initialIndent, String title, String innerIndent,
                              Map<String, String> labels) {
        w.write(PrefixWriter.LEVEL_0, "%s%s:%s", initialIndent, title, innerIndent);
        if (labels.isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!first) {
                w.write(PrefixWriter.LEVEL_0, "%s", initialIndent);
                w.write(PrefixWriter.LEVEL_0, "%s", innerIndent);
            }
            first = false;
            w.write(PrefixWriter.LEVEL_0, "%s=%s\n", e.getKey(), e.getValue());
        }
    }

    public static void annotations(PrefixWriter w, String title, JsonNode map) {
        w.write(PrefixWriter.LEVEL_0, "%s:\t", title);
        Map<String, String> annotations = strings(map);
        annotations.remove(LAST_APPLIED);
        if (annotations.isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        String indent = "\t";
        boolean first = true;
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            if (!first) {
                w.write(PrefixWriter.LEVEL_0, indent);
            }
            first = false;
            String key = e.getKey();
            String value = e.getValue().endsWith("\n") ? e.getValue().substring(0, e.getValue().length() - 1) : e.getValue();
            if (value.length() + key.length() + 2 > MAX_ANNOTATION_LENGTH || value.contains("\n")) {
                w.write(PrefixWriter.LEVEL_0, "%s:\n", key);
                for (String line : value.split("\n", -1)) {
                    w.write(PrefixWriter.LEVEL_0, "%s  %s\n", indent, shorten(line, MAX_ANNOTATION_LENGTH - 2));
                }
            } else {
                w.write(PrefixWriter.LEVEL_0, "%s: %s\n", key, value);
            }
        }
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }

    /** A JSON map of strings, sorted by key (Go's sort.Strings). */
    public static Map<String, String> strings(JsonNode map) {
        Map<String, String> out = new TreeMap<>();
        if (map != null) {
            map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    public static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
