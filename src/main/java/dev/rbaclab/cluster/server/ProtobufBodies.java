package dev.rbaclab.cluster.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.ApiException;

/** Decodes the protobuf bodies kubectl 1.32+ sends for its typed commands. */
interface ProtobufBodies {

    JsonNode decode(byte[] body);

    /** Refuses protobuf, as a server without the decoder would. */
    ProtobufBodies UNSUPPORTED = body -> {
        throw ApiException.unsupportedMediaType("application/vnd.kubernetes.protobuf");
    };
}
