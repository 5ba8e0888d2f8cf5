package dev.rbaclab.kubectl.cmd.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.errors.AggregateError;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local change: label.go labelFunc / annotate.go updateAnnotations. Without {@code --overwrite} a key that
 * exists with another value is refused; the map is set even when it ends up empty, as the accessor does.
 */
final class MetadataChange {

    /** polymorphichelpers.ChangeCauseAnnotation: annotate may always overwrite it. */
    private static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

    private MetadataChange() {
    }

    static void apply(MetadataKind kind, ObjectNode object, Pairs pairs, boolean overwrite, String resourceVersion) {
        ObjectNode metadata = object.with("metadata");
        JsonNode existing = metadata.path(kind.field());
        if (!overwrite) {
            refuseOverwrites(kind, existing, pairs.added());
        }
        ObjectNode values = existing.isObject() ? (ObjectNode) existing : metadata.objectNode();
        pairs.added().forEach(values::put);
        pairs.removed().forEach(values::remove);
        metadata.set(kind.field(), values);
        if (!resourceVersion.isEmpty()) {
            metadata.put("resourceVersion", resourceVersion);
        }
    }

    private static void refuseOverwrites(MetadataKind kind, JsonNode existing, Map<String, String> added) {
        if (kind == MetadataKind.LABEL) {
            List<KubectlError> errors = new ArrayList<>();
            for (String key : added.keySet()) {
                if (existing.has(key) && !existing.path(key).asText().equals(added.get(key))) {
                    errors.add(new CommandError("'" + key + "' already has a value (" + existing.path(key).asText()
                            + "), and --overwrite is false"));
                }
            }
            KubectlError aggregate = AggregateError.of(errors);
            if (aggregate != null) {
                throw aggregate;
            }
            return;
        }
        List<String> found = new ArrayList<>();
        for (String key : added.keySet()) {
            if (!key.equals(CHANGE_CAUSE) && existing.has(key) && !existing.path(key).asText().equals(added.get(key))) {
                found.add("'" + key + "' already has a value (" + existing.path(key).asText() + ")");
            }
        }
        if (!found.isEmpty()) {
            throw new CommandError("--overwrite is false but found the following declared annotation(s): "
                    + String.join("; ", found));
        }
    }
}
