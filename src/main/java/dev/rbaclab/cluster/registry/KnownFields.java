package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.GroupKind;
import dev.rbaclab.cluster.api.Json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a kind's Go type has (cluster/known-fields.yaml). The ones a body has beyond them are taken out, as
 * decoding into the Go type drops them, and reported as sigs.k8s.io/json's strict decoding does:
 * {@code unknown field "rules[0].resource"}, in the order of the document.
 */
final class KnownFields {

    /** Types whose content is not checked: scalars, string-keyed maps and free-form fields. */
    private static final Set<String> UNCHECKED = Set.of("string", "bool", "int", "time", "map", "any");
    private static final JsonNode SCHEMA = Json.readYamlResource("cluster/known-fields.yaml");

    private KnownFields() {
    }

    /** Removes the unknown fields of {@code object} and returns their strict decoding errors; none for kinds without a schema. */
    static List<String> strip(GroupKind kind, JsonNode object) {
        JsonNode type = SCHEMA.path("kinds").get(kind.toString());
        List<String> problems = new ArrayList<>();
        if (type != null) {
            check(type.asText(), object, "", problems);
        }
        return problems;
    }

    private static void check(String type, JsonNode value, String path, List<String> problems) {
        if (UNCHECKED.contains(type) || !value.isObject()) {
            return;
        }
        JsonNode fields = SCHEMA.path("types").path(type);
        Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String fieldPath = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            JsonNode fieldType = fields.get(entry.getKey());
            if (fieldType == null) {
                problems.add("unknown field \"" + fieldPath + "\"");
                entries.remove();
            } else if (fieldType.isArray()) {
                checkList(fieldType.get(0).asText(), entry.getValue(), fieldPath, problems);
            } else {
                check(fieldType.asText(), entry.getValue(), fieldPath, problems);
            }
        }
    }

    private static void checkList(String elementType, JsonNode list, String path, List<String> problems) {
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            check(elementType, list.get(i), path + "[" + i + "]", problems);
        }
    }
}
