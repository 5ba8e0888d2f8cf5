package dev.rbaclab.cluster.server.http.spdy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The name/value header block of SYN_STREAM, SYN_REPLY and HEADERS: lowercase names, each with one or more values
 * (NUL-separated on the wire). kubectl sends one header per stream, {@code streamtype}; the server replies with none.
 */
public record HeaderBlock(Map<String, List<String>> entries) {

    public static final HeaderBlock EMPTY = new HeaderBlock(Map.of());

    public HeaderBlock {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : entries.entrySet()) {
            String name = Objects.requireNonNull(entry.getKey(), "header name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a header name is empty");
            }
            if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
                // SPDY/3 2.6.10: header names must be all lowercase
                throw new IllegalArgumentException("header name " + name + " is not lowercase");
            }
            if (entry.getValue().isEmpty()) {
                throw new IllegalArgumentException("header " + name + " has no value");
            }
            copy.put(name, List.copyOf(entry.getValue()));
        }
        entries = Collections.unmodifiableMap(copy);
    }

    public static HeaderBlock of(String name, String value) {
        return new HeaderBlock(Map.of(name, List.of(value)));
    }

    /** The first value of a header, or null. */
    public String first(String name) {
        List<String> values = entries.get(name);
        return values == null ? null : values.get(0);
    }
}
