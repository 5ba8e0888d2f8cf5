package dev.rbaclab.cluster.server.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.GroupKind;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.server.ApiResponse;

import java.util.List;

/** Shared shape of the review APIs: the request echoed back with a status, answered 201 Created. */
final class ReviewResponses {

    private ReviewResponses() {
    }

    /** kind, apiVersion, metadata (creationTimestamp null, as v1.32 writes it), spec as normalised, status. */
    static ApiResponse created(String apiVersion, String kind, ObjectNode metadata, JsonNode spec, JsonNode status) {
        ObjectNode response = Json.object();
        response.put("kind", kind);
        response.put("apiVersion", apiVersion);
        if (metadata == null) {
            metadata = Json.object();
            metadata.putNull("creationTimestamp");
        }
        response.set("metadata", metadata);
        response.set("spec", spec);
        response.set("status", status);
        return ApiResponse.json(201, response);
    }

    /** Review objects are not stored: metadata must be empty (validation.go "must be empty"). */
    static void requireEmptyMetadata(ObjectNode body, GroupKind kind, boolean allowNamespace) {
        ObjectNode metadata = body.get("metadata") instanceof ObjectNode m ? m.deepCopy() : Json.object();
        metadata.remove("creationTimestamp");
        if (allowNamespace) {
            metadata.remove("namespace");
        }
        if (metadata.isEmpty()) {
            return;
        }
        throw ApiException.invalid(kind, Meta.name(body), List.of(FieldError.invalid("metadata",
                new FieldError.GoValue(goMeta(metadata)), "must be empty")));
    }

    private static String goMeta(ObjectNode metadata) {
        return "v1.ObjectMeta{" + metadata.toString() + "}";
    }

    static ObjectNode putIfNotEmpty(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
        return node;
    }
}
