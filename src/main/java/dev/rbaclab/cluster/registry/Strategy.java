package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;

import java.util.List;

/**
 * The per-kind rules of the generic registry (rest.RESTCreateStrategy / RESTUpdateStrategy): defaulting,
 * validation with Kubernetes' field errors, and what an update may change. Implementations are stateless.
 */
public interface Strategy {

    /** The rule metadata.name must follow. */
    default NameValidation.Rule nameRule() {
        return NameValidation::dns1123Subdomain;
    }

    /** Top-level fields after kind, apiVersion and metadata, in the order Go serializes the type. */
    default List<String> fieldOrder() {
        return List.of("spec", "status");
    }

    /**
     * Top-level maps and lists tagged omitempty in the Go type: a real server neither stores nor returns them when
     * empty (protobuf storage cannot even tell an empty list from none).
     */
    default List<String> omittedWhenEmpty() {
        return List.of();
    }

    /** Defaults and server-owned fields on create (PrepareForCreate + the scheme's defaulting). */
    default void prepareForCreate(ObjectNode object) {
    }

    default List<FieldError> validate(ObjectNode object) {
        return List.of();
    }

    /** PrepareForUpdate: keep what clients may not change through this endpoint. */
    default void prepareForUpdate(ObjectNode object, ObjectNode old) {
    }

    default List<FieldError> validateUpdate(ObjectNode object, ObjectNode old) {
        return validate(object);
    }

    /** Warnings returned with a create or update (the {@code Warning: 299} header). */
    default List<String> warnings(ObjectNode object) {
        return List.of();
    }

    /** Whether a change increments metadata.generation (objects with a spec). */
    default boolean tracksGeneration() {
        return false;
    }
}
