package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.util.ArrayList;
import java.util.List;

/** Lists as kubectl's resource builder flattens them and as {@code get -o yaml} re-wraps them. */
public final class Lists {

    private Lists() {
    }

    /** The items of a typed list, each with the kind and apiVersion the list implies (meta.ExtractList). */
    public static List<ObjectNode> items(JsonNode list) {
        String kind = list.path("kind").asText();
        String itemKind = kind.endsWith("List") ? kind.substring(0, kind.length() - 4) : kind;
        String apiVersion = list.path("apiVersion").asText();
        List<ObjectNode> items = new ArrayList<>();
        for (JsonNode item : list.path("items")) {
            ObjectNode copy = ((ObjectNode) item).deepCopy();
            if (!copy.hasNonNull("kind")) {
                copy.put("kind", itemKind);
            }
            if (!copy.hasNonNull("apiVersion")) {
                copy.put("apiVersion", apiVersion);
            }
            items.add(copy);
        }
        return items;
    }

    public static boolean isList(JsonNode object) {
        return object.has("items") && object.path("items").isArray();
    }

    /** The {@code kind: List} document kubectl prints for several objects (get.go printGeneric). */
    public static ObjectNode list(List<? extends JsonNode> items) {
        ObjectNode list = Json.object();
        list.put("apiVersion", "v1");
        ArrayNode array = list.putArray("items");
        items.forEach(array::add);
        list.put("kind", "List");
        list.putObject("metadata").put("resourceVersion", "");
        return list;
    }
}
