package dev.rbaclab.cluster.registry.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Strategic merge patch (k8s.io/apimachinery pkg/util/strategicpatch) for the lab's kinds: merge patch, except that
 * lists with a merge key merge item by item, with the directives {@code $patch: delete|replace|merge},
 * {@code $deleteFromPrimitiveList/<list>}, {@code $retainKeys}; {@code $setElementOrder/<list>} only orders, and is
 * ignored.
 */
public final class StrategicMergePatch {

    private StrategicMergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch, String kind) {
        if (!patch.isObject()) {
            throw PatchException.badRequest("unable to find api field in struct " + kind + " for the json field \"\"");
        }
        return mergeObject(target != null && target.isObject() ? (ObjectNode) target.deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                (ObjectNode) patch, kind, "");
    }

    private static ObjectNode mergeObject(ObjectNode target, ObjectNode patch, String kind, String path) {
        if ("replace".equals(patch.path("$patch").asText(null))) {
            ObjectNode replaced = patch.deepCopy();
            replaced.remove("$patch");
            return replaced;
        }
        if (patch.has("$retainKeys")) {
            List<String> retain = new ArrayList<>();
            patch.get("$retainKeys").forEach(k -> retain.add(k.asText()));
            target.retain(retain);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("$patch") || name.equals("$retainKeys") || name.startsWith("$setElementOrder/")) {
                continue;
            }
            if (name.startsWith("$deleteFromPrimitiveList/")) {
                String list = name.substring("$deleteFromPrimitiveList/".length());
                if (target.get(list) instanceof ArrayNode array) {
                    List<JsonNode> remove = new ArrayList<>();
                    value.forEach(remove::add);
                    ArrayNode kept = array.arrayNode();
                    array.forEach(item -> {
                        if (!remove.contains(item)) {
                            kept.add(item);
                        }
                    });
                    target.set(list, kept);
                }
                continue;
            }
            String childPath = path.isEmpty() ? name : path + "." + name;
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject()) {
                JsonNode existing = target.get(name);
                target.set(name, mergeObject(existing instanceof ObjectNode o ? o : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                        (ObjectNode) value, kind, childPath));
            } else if (value.isArray()) {
                target.set(name, mergeList(target.get(name), (ArrayNode) value, kind, childPath));
            } else {
                target.set(name, value.deepCopy());
            }
        }
        return target;
    }

    private static ArrayNode mergeList(JsonNode existing, ArrayNode patch, String kind, String path) {
        String key = MergeKeys.forPath(kind, path);
        ArrayNode current = existing instanceof ArrayNode a ? a.deepCopy() : patch.arrayNode();
        if (key == null) {
            return withoutDirectives(patch);
        }
        if (key.equals(MergeKeys.SET)) {
            for (JsonNode item : patch) {
                if (!contains(current, item)) {
                    current.add(item.deepCopy());
                }
            }
            return current;
        }
        for (JsonNode item : patch) {
            if (!item.isObject()) {
                current.add(item.deepCopy());
                continue;
            }
            String directive = item.path("$patch").asText("");
            if (directive.equals("replace")) {
                return withoutDirectives(patch);
            }
            int index = indexOf(current, key, item.get(key));
            if (directive.equals("delete")) {
                if (index >= 0) {
                    current.remove(index);
                }
            } else if (index >= 0) {
                current.set(index, mergeObject((ObjectNode) current.get(index), (ObjectNode) item, kind, path + "[]"));
            } else {
                ObjectNode added = mergeObject(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), (ObjectNode) item, kind, path + "[]");
                current.add(added);
            }
        }
        return current;
    }

    private static ArrayNode withoutDirectives(ArrayNode list) {
        ArrayNode result = list.arrayNode();
        for (JsonNode item : list) {
            if (item instanceof ObjectNode object && object.has("$patch")) {
                ObjectNode copy = object.deepCopy();
                copy.remove("$patch");
                result.add(copy);
            } else {
                result.add(item.deepCopy());
            }
        }
        return result;
    }

    private static int indexOf(ArrayNode list, String key, JsonNode value) {
        for (int i = 0; i < list.size(); i++) {
            if (value != null && value.equals(list.get(i).get(key))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(ArrayNode list, JsonNode item) {
        for (JsonNode existing : list) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }
}
