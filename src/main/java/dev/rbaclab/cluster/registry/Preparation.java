package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.Meta;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * rest.BeforeCreate and rest.BeforeUpdate: what the generic registry does to every object before it is stored,
 * around the kind's {@link Strategy}.
 */
final class Preparation {

    /** names.SimpleNameGenerator's alphabet: no vowels, no confusable digits. */
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final int RANDOM_LENGTH = 5;
    private static final int MAX_GENERATED_NAME_LENGTH = 63;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Preparation() {
    }

    /** Checks the body's apiVersion and kind against the endpoint, and fills them in when missing. */
    static void checkTypeMeta(ObjectNode object, ApiResource resource) {
        String apiVersion = object.path("apiVersion").asText("");
        String kind = object.path("kind").asText("");
        if (!apiVersion.isEmpty() && !apiVersion.equals(resource.groupVersion())) {
            throw ApiException.badRequest("the API version in the data (" + apiVersion
                    + ") does not match the expected API version (" + resource.groupVersion() + ")");
        }
        if (!kind.isEmpty() && !kind.equals(resource.kind())) {
            throw ApiException.badRequest(kind + " in version \"" + resource.version() + "\" cannot be handled as a "
                    + resource.kind() + ": the object provided is unrecognized (must be of type " + resource.kind() + ")");
        }
        object.put("kind", resource.kind());
        object.put("apiVersion", resource.groupVersion());
    }

    static void beforeCreate(ObjectNode object, ApiResource resource, Strategy strategy, Instant now) {
        ObjectNode metadata = Meta.metadata(object);
        for (String serverField : List.of("uid", "resourceVersion", "creationTimestamp", "deletionTimestamp",
                "deletionGracePeriodSeconds", "generation", "selfLink", "managedFields")) {
            metadata.remove(serverField);
        }
        if (metadata.path("name").asText("").isEmpty() && !metadata.path("generateName").asText("").isEmpty()) {
            metadata.put("name", generateName(metadata.path("generateName").asText()));
        }
        strategy.prepareForCreate(object);
        dropEmpty(object, strategy.omittedWhenEmpty());
        metadata.put("uid", UUID.randomUUID().toString());
        metadata.put("creationTimestamp", Meta.timestamp(now));
        if (strategy.tracksGeneration()) {
            metadata.put("generation", 1);
        }
        List<FieldError> errors = new ArrayList<>(ObjectMetaValidation.validate(object, resource.namespaced(), strategy.nameRule()));
        errors.addAll(strategy.validate(object));
        throwIfInvalid(object, resource, errors);
    }

    static void beforeUpdate(ObjectNode object, ObjectNode old, ApiResource resource, Strategy strategy) {
        ObjectNode metadata = Meta.metadata(object);
        JsonNode oldMetadata = old.path("metadata");
        // fields only the server sets are carried over from the stored object
        for (String serverField : List.of("uid", "creationTimestamp", "generation", "deletionTimestamp",
                "deletionGracePeriodSeconds", "selfLink")) {
            if (oldMetadata.has(serverField)) {
                metadata.set(serverField, oldMetadata.get(serverField));
            } else {
                metadata.remove(serverField);
            }
        }
        metadata.remove("managedFields");
        strategy.prepareForUpdate(object, old);
        dropEmpty(object, strategy.omittedWhenEmpty());
        if (strategy.tracksGeneration() && !object.path("spec").equals(old.path("spec"))) {
            metadata.put("generation", oldMetadata.path("generation").asLong(1) + 1);
        }
        List<FieldError> errors = new ArrayList<>(ObjectMetaValidation.validate(object, resource.namespaced(), strategy.nameRule()));
        errors.addAll(strategy.validateUpdate(object, old));
        errors.addAll(ObjectMetaValidation.validateUpdate(object, old));
        throwIfInvalid(object, resource, errors);
    }

    private static void dropEmpty(ObjectNode object, List<String> omittedWhenEmpty) {
        for (String field : omittedWhenEmpty) {
            JsonNode value = object.get(field);
            if (value != null && Meta.isEmpty(value)) {
                object.remove(field);
            }
        }
    }

    private static void throwIfInvalid(ObjectNode object, ApiResource resource, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(resource.groupKind(), Meta.name(object), errors);
        }
    }

    /** names.SimpleNameGenerator: the prefix (shortened if needed) plus five random characters. */
    static String generateName(String prefix) {
        String base = prefix.length() > MAX_GENERATED_NAME_LENGTH - RANDOM_LENGTH
                ? prefix.substring(0, MAX_GENERATED_NAME_LENGTH - RANDOM_LENGTH) : prefix;
        StringBuilder name = new StringBuilder(base);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
