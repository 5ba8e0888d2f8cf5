package dev.rbaclab.cluster.server.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.UserInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * The attributes part of an access review spec (authorization/v1 ResourceAttributes / NonResourceAttributes), its
 * validation (pkg/apis/authorization/validation) and its normalised echo.
 */
final class ReviewSpec {

    private ReviewSpec() {
    }

    /** ResourceAttributesFrom / NonResourceAttributesFrom (pkg/registry/authorization/util/helpers.go). */
    static Attributes attributes(UserInfo user, JsonNode spec) {
        JsonNode resource = spec.get("resourceAttributes");
        if (resource != null && !resource.isNull()) {
            String version = resource.path("version").asText("");
            return new Attributes(user, resource.path("verb").asText(""), resource.path("namespace").asText(""),
                    resource.path("group").asText(""), version.isEmpty() ? "*" : version,
                    resource.path("resource").asText(""), resource.path("subresource").asText(""),
                    resource.path("name").asText(""), true, "");
        }
        JsonNode nonResource = spec.path("nonResourceAttributes");
        return Attributes.nonResource(user, nonResource.path("verb").asText(""), nonResource.path("path").asText(""));
    }

    /** ValidateSelfSubjectAccessReviewSpec's rule: exactly one of the two attribute kinds. */
    static List<FieldError> validateAttributes(JsonNode spec) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasResource = spec.hasNonNull("resourceAttributes");
        boolean hasNonResource = spec.hasNonNull("nonResourceAttributes");
        if (hasResource && hasNonResource) {
            errors.add(FieldError.invalid("spec.nonResourceAttributes", new FieldError.GoValue(
                    goNonResource(spec.get("nonResourceAttributes"))), "cannot be specified in combination with resourceAttributes"));
        }
        if (!hasResource && !hasNonResource) {
            errors.add(FieldError.required("spec.resourceAttributes",
                    "exactly one of nonResourceAttributes or resourceAttributes must be specified"));
        }
        return errors;
    }

    /** The spec as the Go types serialize it: known fields in order, empty strings left out. */
    static ObjectNode normalise(JsonNode spec) {
        ObjectNode out = Json.object();
        JsonNode resource = spec.get("resourceAttributes");
        if (resource != null && !resource.isNull()) {
            ObjectNode r = out.putObject("resourceAttributes");
            for (String field : List.of("namespace", "verb", "group", "version", "resource", "subresource", "name")) {
                ReviewResponses.putIfNotEmpty(r, field, resource.path(field).asText(""));
            }
            for (String field : List.of("fieldSelector", "labelSelector")) {
                if (resource.hasNonNull(field) && !resource.get(field).isEmpty()) {
                    r.set(field, resource.get(field));
                }
            }
        }
        JsonNode nonResource = spec.get("nonResourceAttributes");
        if (nonResource != null && !nonResource.isNull()) {
            ObjectNode n = out.putObject("nonResourceAttributes");
            ReviewResponses.putIfNotEmpty(n, "path", nonResource.path("path").asText(""));
            ReviewResponses.putIfNotEmpty(n, "verb", nonResource.path("verb").asText(""));
        }
        return out;
    }

    private static String goNonResource(JsonNode n) {
        return "&authorization.NonResourceAttributes{Path:\"" + n.path("path").asText("") + "\", Verb:\""
                + n.path("verb").asText("") + "\"}";
    }
}
