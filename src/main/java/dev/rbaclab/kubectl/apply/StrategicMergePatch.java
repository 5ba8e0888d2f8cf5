package dev.rbaclab.kubectl.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.printers.GoJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client-side strategic merge patches (apimachinery util/strategicpatch patch.go): the three-way patch of
 * {@code kubectl apply} — changes from the live object to the new configuration without deletions, plus
 * deletions (as {@code null}) of what the last-applied configuration had and the new one lacks — and the two-way
 * patch of {@code kubectl edit}. Lists with a merge key are patched element by element (with
 * {@code $setElementOrder}); other lists are replaced whole.
 */
public final class StrategicMergePatch {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StrategicMergePatch() {
    }

    /** CreateThreeWayMergePatch; the result as json.Marshal writes it ({@code {}} for no change). */
    public static String threeWay(JsonNode original, JsonNode modified, JsonNode current, String kind) {
        ObjectNode delta = diff(obj(current), obj(modified), kind, "", false, true);
        ObjectNode deletions = diff(obj(original), obj(modified), kind, "", true, false);
        return GoJson.compact(merge(deletions, delta));
    }

    /** CreateTwoWayMergePatch: what turns {@code original} into {@code modified}. */
    public static String twoWay(JsonNode original, JsonNode modified, String kind) {
        return GoJson.compact(diff(obj(original), obj(modified), kind, "", false, false));
    }

    private static ObjectNode obj(JsonNode node) {
        return node instanceof ObjectNode o ? o : F.objectNode();
    }

    /**
     * diffMaps: the patch from {@code from} to {@code to}.
     *
     * @param onlyDeletions    IgnoreChangesAndAdditions
     * @param ignoreDeletions  IgnoreDeletions
     */
    private static ObjectNode diff(ObjectNode from, ObjectNode to, String kind, String path, boolean onlyDeletions,
                                   boolean ignoreDeletions) {
        ObjectNode patch = F.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = to.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode toValue = e.getValue();
            JsonNode fromValue = from.get(key);
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (fromValue == null) {
                if (!onlyDeletions) {
                    patch.set(key, toValue);
                }
                continue;
            }
            if (fromValue.isObject() && toValue.isObject()) {
                ObjectNode sub = diff((ObjectNode) fromValue, (ObjectNode) toValue, kind, childPath, onlyDeletions,
                        ignoreDeletions);
                if (!sub.isEmpty()) {
                    patch.set(key, sub);
                }
            } else if (fromValue.isArray() && toValue.isArray() && PatchMeta.mergeKey(kind, childPath) != null) {
                mergeList(patch, key, (ArrayNode) fromValue, (ArrayNode) toValue, PatchMeta.mergeKey(kind, childPath),
                        kind, childPath, onlyDeletions, ignoreDeletions);
            } else if (!onlyDeletions && !fromValue.equals(toValue)) {
                patch.set(key, toValue);
            }
        }
        if (!ignoreDeletions) {
            for (Iterator<String> it = from.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!to.has(key)) {
                    patch.set(key, NullNode.getInstance());
                }
            }
        }
        return patch;
    }

    private static void mergeList(ObjectNode patch, String key, ArrayNode from, ArrayNode to, String mergeKey,
                                  String kind, String path, boolean onlyDeletions, boolean ignoreDeletions) {
        if (mergeKey.isEmpty()) {
            primitiveList(patch, key, from, to, onlyDeletions, ignoreDeletions);
            return;
        }
        Map<String, JsonNode> fromByKey = byKey(from, mergeKey);
        Map<String, JsonNode> toByKey = byKey(to, mergeKey);
        ArrayNode elements = F.arrayNode();
        for (Map.Entry<String, JsonNode> e : toByKey.entrySet()) {
            JsonNode before = fromByKey.get(e.getKey());
            if (before == null) {
                if (!onlyDeletions) {
                    elements.add(e.getValue());
                }
            } else if (before.isObject() && e.getValue().isObject()) {
                ObjectNode sub = diff((ObjectNode) before, (ObjectNode) e.getValue(), kind, path + "[]", onlyDeletions,
                        ignoreDeletions);
                if (!sub.isEmpty()) {
                    sub.set(mergeKey, e.getValue().get(mergeKey));
                    elements.add(sub);
                }
            }
        }
        if (!ignoreDeletions) {
            for (Map.Entry<String, JsonNode> e : fromByKey.entrySet()) {
                if (!toByKey.containsKey(e.getKey())) {
                    ObjectNode delete = F.objectNode();
                    delete.put("$patch", "delete");
                    delete.set(mergeKey, e.getValue().get(mergeKey));
                    elements.add(delete);
                }
            }
        }
        boolean orderChanged = !new ArrayList<>(fromByKey.keySet()).equals(new ArrayList<>(toByKey.keySet()));
        if (!elements.isEmpty() || (orderChanged && !onlyDeletions)) {
            ArrayNode order = F.arrayNode();
            for (JsonNode item : to) {
                order.addObject().set(mergeKey, item.get(mergeKey));
            }
            patch.set("$setElementOrder/" + key, order);
        }
        if (!elements.isEmpty()) {
            patch.set(key, elements);
        }
    }

    private static void primitiveList(ObjectNode patch, String key, ArrayNode from, ArrayNode to, boolean onlyDeletions,
                                      boolean ignoreDeletions) {
        ArrayNode added = F.arrayNode();
        ArrayNode removed = F.arrayNode();
        for (JsonNode v : to) {
            if (!contains(from, v) && !onlyDeletions) {
                added.add(v);
            }
        }
        for (JsonNode v : from) {
            if (!contains(to, v) && !ignoreDeletions) {
                removed.add(v);
            }
        }
        if (!added.isEmpty()) {
            patch.set(key, added);
        }
        if (!removed.isEmpty()) {
            patch.set("$deleteFromPrimitiveList/" + key, removed);
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            patch.set("$setElementOrder/" + key, to);
        }
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode v : array) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, JsonNode> byKey(ArrayNode list, String mergeKey) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode item : list) {
            map.put(item.path(mergeKey).asText(), item);
        }
        return map;
    }

    /** mergeMap(deletions, delta): the delta applied onto the deletions (strictly additive). */
    private static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
        ObjectNode out = base.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = out.get(e.getKey());
            if (existing instanceof ObjectNode existingObject && e.getValue() instanceof ObjectNode overlayObject) {
                out.set(e.getKey(), merge(existingObject, overlayObject));
            } else if (existing instanceof ArrayNode existingArray && e.getValue() instanceof ArrayNode overlayArray
                    && !e.getKey().startsWith("$setElementOrder/")) {
                List<JsonNode> items = new ArrayList<>();
                existingArray.forEach(items::add);
                overlayArray.forEach(items::add);
                ArrayNode combined = F.arrayNode();
                items.forEach(combined::add);
                out.set(e.getKey(), combined);
            } else {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
