package dev.rbaclab.kubectl.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * RFC 7386 merge patch between two objects, as evanphx/json-patch CreateMergePatch computes it for
 * {@code kubectl label} and {@code annotate}: changed and added fields with their new values, removed ones as
 * {@code null}, lists replaced whole.
 */
public final class MergePatchDiff {

    private MergePatchDiff() {
    }

    public static ObjectNode between(JsonNode original, JsonNode modified) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = modified.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode before = original.get(field.getKey());
            JsonNode after = field.getValue();
            if (before == null) {
                patch.set(field.getKey(), after.deepCopy());
            } else if (before.isObject() && after.isObject()) {
                ObjectNode nested = between(before, after);
                if (!nested.isEmpty()) {
                    patch.set(field.getKey(), nested);
                }
            } else if (!before.equals(after)) {
                patch.set(field.getKey(), after.deepCopy());
            }
        }
        for (Iterator<String> it = original.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!modified.has(key)) {
                patch.putNull(key);
            }
        }
        return patch;
    }
}
