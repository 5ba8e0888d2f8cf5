package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reading and writing the parts of an object every kind shares: TypeMeta and ObjectMeta. */
public final class Meta {

    /** ObjectMeta's fields in the order Go serializes them. */
    private static final List<String> METADATA_ORDER = List.of("name", "generateName", "namespace", "selfLink", "uid",
            "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
            "labels", "annotations", "ownerReferences", "finalizers", "managedFields");

    /** ObjectMeta's maps and lists are omitempty: Go serializes neither an empty nor a null one. */
    private static final List<String> METADATA_OMITTED_WHEN_EMPTY = List.of("labels", "annotations", "ownerReferences",
            "finalizers", "managedFields");

    private Meta() {
    }

    public static ObjectNode metadata(ObjectNode object) {
        JsonNode metadata = object.get("metadata");
        if (metadata instanceof ObjectNode node) {
            return node;
        }
        return object.putObject("metadata");
    }

    public static String name(JsonNode object) {
        return object.path("metadata").path("name").asText("");
    }

    public static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText("");
    }

    public static String uid(JsonNode object) {
        return object.path("metadata").path("uid").asText("");
    }

    public static long resourceVersion(JsonNode object) {
        String rv = object.path("metadata").path("resourceVersion").asText("");
        if (rv.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(rv);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static Instant creationTimestamp(JsonNode object) {
        String ts = object.path("metadata").path("creationTimestamp").asText("");
        return ts.isEmpty() ? null : Instant.parse(ts);
    }

    public static Map<String, String> labels(JsonNode object) {
        return stringMap(object.path("metadata").path("labels"));
    }

    public static Map<String, String> annotations(JsonNode object) {
        return stringMap(object.path("metadata").path("annotations"));
    }

    public static String annotation(JsonNode object, String key) {
        JsonNode value = object.path("metadata").path("annotations").get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    public static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        }
        return map;
    }

    /** RFC 3339 with seconds, as metav1.Time serializes. */
    public static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Puts metadata fields in Go's order and drops the empty maps and lists Go omits, so objects read the same as
     * from a real server (after {@code kubectl label sa x app-} a real server has no {@code labels: {}} left).
     */
    public static void orderMetadata(ObjectNode metadata) {
        Map<String, JsonNode> known = new LinkedHashMap<>();
        Map<String, JsonNode> others = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = metadata.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (METADATA_ORDER.contains(e.getKey())) {
                known.put(e.getKey(), e.getValue());
            } else {
                others.put(e.getKey(), e.getValue());
            }
        }
        metadata.removeAll();
        for (String field : METADATA_ORDER) {
            JsonNode value = known.get(field);
            if (value != null && !(METADATA_OMITTED_WHEN_EMPTY.contains(field) && isEmpty(value))) {
                metadata.set(field, value);
            }
        }
        others.forEach(metadata::set);
    }

    /** Null, or a map or list without entries: what an omitempty field does not serialize. */
    public static boolean isEmpty(JsonNode value) {
        return value.isNull() || value.isContainerNode() && value.isEmpty();
    }

    /** kind, apiVersion and metadata first, then the rest in the order given; metadata fields in Go order. */
    public static ObjectNode ordered(ObjectNode object, List<String> bodyOrder) {
        ObjectNode result = Json.object();
        for (String field : List.of("kind", "apiVersion", "metadata")) {
            if (object.has(field)) {
                result.set(field, object.get(field));
            }
        }
        for (String field : bodyOrder) {
            if (object.has(field) && !result.has(field)) {
                result.set(field, object.get(field));
            }
        }
        List<String> rest = new ArrayList<>();
        object.fieldNames().forEachRemaining(rest::add);
        for (String field : rest) {
            if (!result.has(field)) {
                result.set(field, object.get(field));
            }
        }
        if (result.get("metadata") instanceof ObjectNode metadata) {
            orderMetadata(metadata);
        }
        return result;
    }
}
