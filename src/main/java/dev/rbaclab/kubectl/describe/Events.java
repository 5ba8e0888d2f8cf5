package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.HumanDuration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * searchEvents and DescribeEvents of describe.go: events whose involvedObject matches the object (name, namespace,
 * kind, uid — each only when known), listed in the object's namespace; errors are tolerated and print as none.
 */
public final class Events {

    private Events() {
    }

    /** The events of an object reference; {@code kind} or {@code uid} may be empty to leave them out. */
    public static List<JsonNode> search(DescribeClient client, String namespace, String name, String kind, String uid) {
        Map<String, String> terms = new TreeMap<>();
        terms.put("involvedObject.name", name);
        terms.put("involvedObject.namespace", namespace);
        if (!kind.isEmpty()) {
            terms.put("involvedObject.kind", kind);
        }
        if (!uid.isEmpty()) {
            terms.put("involvedObject.uid", uid);
        }
        List<String> parts = new ArrayList<>();
        terms.forEach((k, v) -> parts.add(k + "=" + escape(v)));
        String path = namespace.isEmpty() ? "/api/v1/events" : "/api/v1/namespaces/" + namespace + "/events";
        try {
            return client.items(client.list(path, "events", "", String.join(",", parts)));
        } catch (KubectlError e) {
            return List.of();
        }
    }

    /** fields.EscapeValue */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
    }

    public static void describe(List<JsonNode> events, PrefixWriter w) {
        if (events.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Events:\t<none>\n");
            return;
        }
        w.flush();
        List<JsonNode> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Events::eventTime));
        w.write(PrefixWriter.LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        w.write(PrefixWriter.LEVEL_1, "----\t------\t----\t----\t-------\n");
        for (JsonNode e : sorted) {
            String first = !e.path("eventTime").asText("").isEmpty()
                    ? HumanDuration.sinceTimestamp(e.path("eventTime").asText())
                    : HumanDuration.sinceTimestamp(e.path("firstTimestamp").asText(""));
            String interval;
            long count = e.path("count").asLong(0);
            if (e.hasNonNull("series")) {
                interval = HumanDuration.sinceTimestamp(e.path("series").path("lastObservedTime").asText("")) + " (x"
                        + e.path("series").path("count").asLong() + " over " + first + ")";
            } else if (count > 1) {
                interval = HumanDuration.sinceTimestamp(e.path("lastTimestamp").asText("")) + " (x" + count + " over "
                        + first + ")";
            } else {
                interval = first;
            }
            String source = e.path("source").path("component").asText("");
            if (source.isEmpty()) {
                source = e.path("reportingComponent").asText("");
            }
            w.write(PrefixWriter.LEVEL_1, "%s\t%s\t%s\t%s\t%s\n", e.path("type").asText(""), e.path("reason").asText(""),
                    interval, source, e.path("message").asText("").strip());
        }
    }

    private static Instant eventTime(JsonNode e) {
        String text = e.hasNonNull("series") ? e.path("series").path("lastObservedTime").asText("")
                : !e.path("lastTimestamp").asText("").isEmpty() ? e.path("lastTimestamp").asText("")
                : e.path("eventTime").asText("");
        try {
            return Instant.parse(text);
        } catch (RuntimeException ex) {
            return Instant.EPOCH;
        }
    }
}
