package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;

import java.util.ArrayList;
import java.util.List;

/** ConfigMaps (pkg/apis/core/validation ValidateConfigMap): keys must be valid config keys. */
final class ConfigMapStrategy implements Strategy {

    @Override
    public List<String> fieldOrder() {
        return List.of("immutable", "data", "binaryData");
    }

    @Override
    public List<String> omittedWhenEmpty() {
        return List.of("data", "binaryData");
    }

    @Override
    public List<FieldError> validate(ObjectNode object) {
        List<FieldError> errors = new ArrayList<>();
        object.path("data").fieldNames().forEachRemaining(key -> errors.addAll(DataKeys.validate("data", key)));
        object.path("binaryData").fieldNames().forEachRemaining(key -> {
            errors.addAll(DataKeys.validate("binaryData", key));
            if (object.path("data").has(key)) {
                errors.add(FieldError.invalid("data", key, "duplicate of key present in binaryData"));
            }
        });
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode object, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(object));
        if (old.path("immutable").asBoolean(false)) {
            if (!object.path("data").equals(old.path("data"))) {
                errors.add(FieldError.forbidden("data", "field is immutable when `immutable` is set"));
            }
            if (!object.path("immutable").asBoolean(false)) {
                errors.add(FieldError.forbidden("immutable", "field is immutable when `immutable` is set"));
            }
        }
        return errors;
    }
}
