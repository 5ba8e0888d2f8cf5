package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.Meta;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** ValidateObjectMeta and ValidateObjectMetaUpdate of apimachinery pkg/api/validation/objectmeta.go. */
public final class ObjectMetaValidation {

    static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

    private ObjectMetaValidation() {
    }

    public static List<FieldError> validate(ObjectNode object, boolean namespaced, NameValidation.Rule nameRule) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode metadata = object.path("metadata");
        String name = metadata.path("name").asText("");
        String generateName = metadata.path("generateName").asText("");
        if (!generateName.isEmpty()) {
            // a generated name gets a random suffix, so a trailing dash in the prefix is fine
            String prefix = generateName.endsWith("-") ? generateName.substring(0, generateName.length() - 1) : generateName;
            for (String problem : nameRule.problems(prefix)) {
                errors.add(FieldError.invalid("metadata.generateName", generateName, problem));
            }
        }
        if (name.isEmpty()) {
            errors.add(FieldError.required("metadata.name", "name or generateName is required"));
        } else {
            for (String problem : nameRule.problems(name)) {
                errors.add(FieldError.invalid("metadata.name", name, problem));
            }
        }
        String namespace = metadata.path("namespace").asText("");
        if (namespaced) {
            if (namespace.isEmpty()) {
                errors.add(FieldError.required("metadata.namespace", ""));
            } else {
                for (String problem : NameValidation.dns1123Label(namespace)) {
                    errors.add(FieldError.invalid("metadata.namespace", namespace, problem));
                }
            }
        } else if (!namespace.isEmpty()) {
            errors.add(FieldError.forbidden("metadata.namespace", "not allowed on this type"));
        }
        errors.addAll(validateLabels(metadata.path("labels"), "metadata.labels"));
        errors.addAll(validateAnnotations(metadata.path("annotations")));
        return errors;
    }

    public static List<FieldError> validateLabels(JsonNode labels, String field) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> label : Meta.stringMap(labels).entrySet()) {
            for (String problem : NameValidation.qualifiedName(label.getKey())) {
                errors.add(FieldError.invalid(field, label.getKey(), problem));
            }
            for (String problem : NameValidation.labelValue(label.getValue())) {
                errors.add(FieldError.invalid(field, label.getValue(), problem));
            }
        }
        return errors;
    }

    static List<FieldError> validateAnnotations(JsonNode annotations) {
        List<FieldError> errors = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, String> annotation : Meta.stringMap(annotations).entrySet()) {
            for (String problem : NameValidation.qualifiedName(annotation.getKey().toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.invalid("metadata.annotations", annotation.getKey(), problem));
            }
            total += annotation.getKey().getBytes(StandardCharsets.UTF_8).length
                    + annotation.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
            errors.add(new FieldError(FieldError.Type.TOO_LONG, "metadata.annotations", FieldError.OMIT,
                    "must have at most " + TOTAL_ANNOTATION_SIZE_LIMIT + " bytes"));
        }
        return errors;
    }

    /** Name, namespace, uid and creationTimestamp cannot change. */
    public static List<FieldError> validateUpdate(ObjectNode object, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : List.of("name", "namespace", "uid", "creationTimestamp")) {
            String now = object.path("metadata").path(field).asText("");
            String before = old.path("metadata").path(field).asText("");
            if (!Objects.equals(now, before)) {
                errors.add(FieldError.invalid("metadata." + field, now, "field is immutable"));
            }
        }
        return errors;
    }
}
