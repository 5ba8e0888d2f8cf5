package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Small helpers the printers share. */
final class Cells {

    static final String NONE = "<none>";

    private Cells() {
    }

    static String age(JsonNode object, Instant now) {
        return HumanDuration.since(Meta.creationTimestamp(object), now);
    }

    static String orNone(String value) {
        return value == null || value.isEmpty() ? NONE : value;
    }

    static String joinOrNone(List<String> values) {
        return values.isEmpty() ? NONE : String.join(",", values);
    }

    /** labels.FormatLabels / a selector map as {@code k=v,k2=v2}. */
    static String selector(JsonNode map) {
        StringJoiner joiner = new StringJoiner(",");
        for (Map.Entry<String, String> e : Meta.stringMap(map).entrySet()) {
            joiner.add(e.getKey() + "=" + e.getValue());
        }
        String result = joiner.toString();
        return result.isEmpty() ? NONE : result;
    }

    static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
