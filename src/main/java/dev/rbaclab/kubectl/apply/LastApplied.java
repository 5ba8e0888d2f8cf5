package dev.rbaclab.kubectl.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.printers.GoJson;

/**
 * The {@code kubectl.kubernetes.io/last-applied-configuration} annotation (kubectl pkg/util/apply.go
 * GetModifiedConfiguration): the object as json.Encoder writes it — sorted keys, HTML escaped, a final newline —
 * serialised without the annotation itself, with an (empty) annotations map in place.
 */
public final class LastApplied {

    public static final String ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";

    private LastApplied() {
    }

    /** The annotation value for an object from a file. */
    public static String of(ObjectNode object) {
        ObjectNode copy = object.deepCopy();
        ObjectNode annotations = annotations(copy);
        annotations.remove(ANNOTATION);
        return GoJson.compact(copy) + "\n";
    }

    /** The object with its last-applied annotation set (GetModifiedConfiguration with annotate=true). */
    public static ObjectNode annotated(ObjectNode object) {
        String value = of(object);
        ObjectNode copy = object.deepCopy();
        annotations(copy).put(ANNOTATION, value);
        return copy;
    }

    /** The annotation of a live object, or null when it has none. */
    public static String from(JsonNode live) {
        JsonNode value = live.path("metadata").path("annotations").path(ANNOTATION);
        return value.isTextual() ? value.textValue() : null;
    }

    private static ObjectNode annotations(ObjectNode object) {
        JsonNode metadata = object.get("metadata");
        ObjectNode meta = metadata instanceof ObjectNode m ? m : object.putObject("metadata");
        JsonNode annotations = meta.get("annotations");
        return annotations instanceof ObjectNode a ? a : meta.putObject("annotations");
    }
}
