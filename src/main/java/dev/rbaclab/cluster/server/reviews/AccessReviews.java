package dev.rbaclab.cluster.server.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Decision;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.GroupKind;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.server.ApiCall;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.BodyDecoder;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SelfSubjectAccessReview (what {@code kubectl auth can-i} sends), SubjectAccessReview and
 * LocalSubjectAccessReview (pkg/registry/authorization/*subjectaccessreview/rest.go): the authorizer's answer for
 * the given attributes, as the request object with a status.
 */
public final class AccessReviews {

    static final String API_VERSION = "authorization.k8s.io/v1";
    private static final String GROUP = "authorization.k8s.io";

    private final BodyDecoder decoder;

    public AccessReviews(BodyDecoder decoder) {
        this.decoder = decoder;
    }

    /** The caller asks about themselves: the user is the request's (after impersonation), groups included. */
    public ApiResponse selfSubject(ApiCall call) {
        ObjectNode body = decoder.object(call.request());
        GroupKind kind = new GroupKind(GROUP, "SelfSubjectAccessReview");
        ReviewResponses.requireEmptyMetadata(body, kind, false);
        JsonNode spec = body.path("spec");
        invalidIfAny(kind, ReviewSpec.validateAttributes(spec));
        return answer(call, "SelfSubjectAccessReview", ReviewSpec.attributes(call.user(), spec), ReviewSpec.normalise(spec));
    }

    /** Any user and groups, exactly as given: no system:authenticated is added. */
    public ApiResponse subject(ApiCall call) {
        ObjectNode body = decoder.object(call.request());
        GroupKind kind = new GroupKind(GROUP, "SubjectAccessReview");
        ReviewResponses.requireEmptyMetadata(body, kind, false);
        JsonNode spec = body.path("spec");
        List<FieldError> errors = new ArrayList<>(ReviewSpec.validateAttributes(spec));
        errors.addAll(validateSubject(spec));
        invalidIfAny(kind, errors);
        return answer(call, "SubjectAccessReview", ReviewSpec.attributes(subjectOf(spec), spec), normaliseWithSubject(spec));
    }

    /** A SubjectAccessReview confined to the namespace of the URL. */
    public ApiResponse localSubject(ApiCall call) {
        ObjectNode body = decoder.object(call.request());
        GroupKind kind = new GroupKind(GROUP, "LocalSubjectAccessReview");
        String namespace = call.info().namespace();
        String bodyNamespace = body.path("metadata").path("namespace").asText("");
        if (!bodyNamespace.isEmpty() && !bodyNamespace.equals(namespace)) {
            throw ApiException.badRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
        ReviewResponses.requireEmptyMetadata(body, kind, true);
        JsonNode spec = body.path("spec");
        String attributeNamespace = spec.path("resourceAttributes").path("namespace").asText("");
        if (spec.hasNonNull("resourceAttributes") && !attributeNamespace.equals(namespace)) {
            throw ApiException.badRequest("spec.resourceAttributes.namespace must match namespace: " + namespace);
        }
        List<FieldError> errors = new ArrayList<>();
        if (spec.hasNonNull("nonResourceAttributes")) {
            errors.add(FieldError.invalid("spec.nonResourceAttributes", new FieldError.GoValue("&authorization.NonResourceAttributes{Path:\""
                    + spec.path("nonResourceAttributes").path("path").asText("") + "\", Verb:\""
                    + spec.path("nonResourceAttributes").path("verb").asText("") + "\"}"), "disallowed on this kind of request"));
        }
        errors.addAll(ReviewSpec.validateAttributes(spec));
        errors.addAll(validateSubject(spec));
        invalidIfAny(kind, errors);
        ObjectNode metadata = Json.object();
        metadata.put("namespace", namespace);
        metadata.putNull("creationTimestamp");
        AuthorizationResult result = authorize(call, ReviewSpec.attributes(subjectOf(spec), spec));
        return ReviewResponses.created(API_VERSION, "LocalSubjectAccessReview", metadata, normaliseWithSubject(spec),
                status(result));
    }

    private ApiResponse answer(ApiCall call, String kind, Attributes attributes, ObjectNode spec) {
        AuthorizationResult result = authorize(call, attributes);
        return ReviewResponses.created(API_VERSION, kind, null, spec, status(result));
    }

    private static AuthorizationResult authorize(ApiCall call, Attributes attributes) {
        call.explanation().add(Stage.STORAGE, Mark.INFO, "review.access", attributes.user().name(), attributes.verb(),
                attributes.resourceRequest() ? attributes.resourceWithSubresource() : attributes.path(), attributes.namespace());
        AuthorizationResult result = call.authorizer().authorize(attributes, call.explanation());
        call.explanation().add(Stage.STORAGE, result.allowed() ? Mark.PASS : Mark.FAIL,
                result.allowed() ? "review.allowed" : "review.denied", attributes.user().name());
        return result;
    }

    private static ObjectNode status(AuthorizationResult result) {
        ObjectNode status = Json.object();
        status.put("allowed", result.allowed());
        if (result.decision() == Decision.DENY) {
            status.put("denied", true);
        }
        ReviewResponses.putIfNotEmpty(status, "reason", result.reason());
        ReviewResponses.putIfNotEmpty(status, "evaluationError", result.evaluationError());
        return status;
    }

    private static List<FieldError> validateSubject(JsonNode spec) {
        if (spec.path("user").asText("").isEmpty() && spec.path("groups").isEmpty()) {
            return List.of(FieldError.invalid("spec.user", "", "at least one of user or group must be specified"));
        }
        return List.of();
    }

    private static UserInfo subjectOf(JsonNode spec) {
        Map<String, List<String>> extra = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = spec.path("extra").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            extra.put(entry.getKey(), Json.strings(entry.getValue()));
        }
        return new UserInfo(spec.path("user").asText(""), spec.path("uid").asText(""), Json.strings(spec.get("groups")), extra);
    }

    private static ObjectNode normaliseWithSubject(JsonNode spec) {
        ObjectNode out = ReviewSpec.normalise(spec);
        ReviewResponses.putIfNotEmpty(out, "user", spec.path("user").asText(""));
        if (spec.path("groups").isArray() && !spec.path("groups").isEmpty()) {
            out.set("groups", (ArrayNode) spec.get("groups"));
        }
        if (spec.path("extra").isObject() && !spec.path("extra").isEmpty()) {
            out.set("extra", spec.get("extra"));
        }
        ReviewResponses.putIfNotEmpty(out, "uid", spec.path("uid").asText(""));
        return out;
    }

    private static void invalidIfAny(GroupKind kind, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(kind, "", errors);
        }
    }
}
