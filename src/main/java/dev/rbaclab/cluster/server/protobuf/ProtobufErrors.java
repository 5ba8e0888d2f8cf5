package dev.rbaclab.cluster.server.protobuf;

import dev.rbaclab.cluster.api.ApiException;

/** The two ways a protobuf body fails, worded in one place. */
final class ProtobufErrors {

    static final String MEDIA_TYPE = "application/vnd.kubernetes.protobuf";

    private ProtobufErrors() {
    }

    /** Bytes that are not a well-formed Kubernetes protobuf message: the client's fault, a 400. */
    static ApiException malformed(String why) {
        return ApiException.badRequest("the protobuf request body could not be decoded: " + why);
    }

    /**
     * A well-formed body of a kind this server has no schema for: a 415, so that a client could retry as JSON
     * (kubectl does not, but it prints the media types the server accepts).
     */
    static ApiException unsupported() {
        return ApiException.unsupportedMediaType(MEDIA_TYPE);
    }
}
