package dev.rbaclab.cluster.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Json;

import java.io.IOException;
import java.util.Locale;

/**
 * Turns a request body into JSON: JSON and YAML as such, protobuf through {@link ProtobufBodies}. A body that does
 * not parse is a 400 with the decoder's message, as the real server answers.
 */
public final class BodyDecoder {

    /** Media types whose bodies are JSON (or YAML, a superset). */
    private static final java.util.Set<String> JSON_LIKE = java.util.Set.of("application/json", "application/yaml",
            "application/merge-patch+json", "application/strategic-merge-patch+json", "application/json-patch+json",
            "application/apply-patch+yaml");

    private final ProtobufBodies protobuf;

    public BodyDecoder(ClusterApi.ProtobufDecoder protobuf) {
        this(protobuf == null ? ProtobufBodies.UNSUPPORTED : protobuf::decode);
    }

    BodyDecoder(ProtobufBodies protobuf) {
        this.protobuf = protobuf;
    }

    public ObjectNode object(ApiRequest request) {
        JsonNode node = any(request);
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.badRequest("Object 'Kind' is missing in '" + abbreviate(request) + "'");
        }
        return object;
    }

    public JsonNode any(ApiRequest request) {
        byte[] body = request.body();
        String contentType = mediaType(request.header("Content-Type"));
        if (contentType.equals("application/vnd.kubernetes.protobuf")) {
            return protobuf.decode(body);
        }
        if (!JSON_LIKE.contains(contentType)) {
            throw ApiException.unsupportedMediaType(contentType);
        }
        if (body.length == 0) {
            throw ApiException.badRequest("Object 'Kind' is missing in ''");
        }
        checkPatchSyntax(request, contentType, body);
        try {
            if (contentType.equals("application/yaml") || contentType.equals("application/apply-patch+yaml")) {
                JsonNode yaml = Json.readYaml(body);
                if (yaml == null || yaml.isMissingNode()) {
                    throw ApiException.badRequest("Object 'Kind' is missing in ''");
                }
                return yaml;
            }
            return Json.parse(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("the body of the request could not be decoded: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /**
     * A patch that is not JSON gets the API server's words (patch.go): Go's syntax error as such for a strategic
     * merge patch, after "error decoding patch: " for merge and JSON patches, which are decoded strictly unless
     * fieldValidation=Ignore (then a merge patch is only "Invalid JSON Patch").
     */
    private static void checkPatchSyntax(ApiRequest request, String contentType, byte[] body) {
        boolean strategic = contentType.equals("application/strategic-merge-patch+json");
        boolean merge = contentType.equals("application/merge-patch+json");
        if (!strategic && !merge && !contentType.equals("application/json-patch+json")) {
            return;
        }
        String error = GoJsonSyntax.error(body);
        if (error == null) {
            return;
        }
        boolean ignore = "Ignore".equals(request.queryParam("fieldValidation"));
        if (strategic || ignore && !merge) {
            throw ApiException.badRequest(error);
        }
        throw ApiException.badRequest(ignore ? "Invalid JSON Patch" : "error decoding patch: " + error);
    }

    /** The media type of a Content-Type header, lower-case, without parameters; JSON when absent. */
    static String mediaType(String header) {
        if (header == null || header.isBlank()) {
            return "application/json";
        }
        return header.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(ApiRequest request) {
        String text = new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
        return text.length() > 80 ? text.substring(0, 80) : text;
    }
}
