package dev.rbaclab.cluster.server.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.server.ClusterApi;

/**
 * Turns a {@code application/vnd.kubernetes.protobuf} request body into the JSON object kubectl 1.31 would have sent
 * as JSON for the same command. Throws {@link ApiException}: 400 for bytes that are not a well-formed Kubernetes
 * protobuf object, 415 for a kind without a table in {@link ProtobufKinds}.
 */
public final class ProtobufBodyDecoder implements ClusterApi.ProtobufDecoder {

    /** The API server's request limit (3 MiB); the HTTP edge enforces it too, this keeps the decoder safe alone. */
    static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

    @Override
    public JsonNode decode(byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            throw ApiException.tooLarge("limit is " + MAX_BODY_BYTES);
        }
        Envelope envelope = Envelope.parse(body);
        if (envelope.kind().isEmpty() || envelope.apiVersion().isEmpty()) {
            // the JSON decoder's wording for the same mistake
            throw ApiException.badRequest("Object 'Kind' is missing in protobuf body");
        }
        // raw in another encoding (e.g. gzip) or serialization is something kubectl never sends
        if (!envelope.contentEncoding().isEmpty()
                || !(envelope.contentType().isEmpty() || envelope.contentType().equals(ProtobufErrors.MEDIA_TYPE))) {
            throw ProtobufErrors.unsupported();
        }
        Message schema = ProtobufKinds.schema(envelope.apiVersion(), envelope.kind())
                .orElseThrow(ProtobufErrors::unsupported);
        ObjectNode object = Json.object();
        object.put("apiVersion", envelope.apiVersion());
        object.put("kind", envelope.kind());
        object.setAll(new MessageDecoder().decode(new WireReader(envelope.raw()), schema));
        return object;
    }
}
