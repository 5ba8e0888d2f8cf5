package dev.rbaclab.cluster.request;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of metav1.ListOptions that decide the verb of a collection GET: {@code watch} and the
 * {@code metadata.name} field selector. A value that does not parse behaves as in requestinfo.go:
 * the options are reset, and only a raw {@code watch} other than false/0 still means watch.
 */
record ListQuery(boolean watch, String exactName) {

    static ListQuery parse(Map<String, List<String>> query) {
        String rawWatch = first(query, "watch");
        String rawFieldSelector = first(query, "fieldSelector");
        Boolean watch = rawWatch == null ? Boolean.FALSE : parseGoBool(rawWatch);
        FieldSelector selector;
        try {
            selector = rawFieldSelector == null ? FieldSelector.EVERYTHING : FieldSelector.parse(rawFieldSelector);
        } catch (IllegalArgumentException e) {
            selector = null;
        }
        if (watch == null || selector == null) {
            boolean fallbackWatch = rawWatch != null
                    && !rawWatch.toLowerCase(Locale.ROOT).equals("false")
                    && !rawWatch.toLowerCase(Locale.ROOT).equals("0");
            return new ListQuery(fallbackWatch, null);
        }
        return new ListQuery(watch, selector.requiresExactMatch("metadata.name"));
    }

    /** strconv.ParseBool; null when the value is not a Go boolean. */
    static Boolean parseGoBool(String value) {
        switch (value) {
            case "1": case "t": case "T": case "TRUE": case "true": case "True":
                return Boolean.TRUE;
            case "0": case "f": case "F": case "FALSE": case "false": case "False":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
