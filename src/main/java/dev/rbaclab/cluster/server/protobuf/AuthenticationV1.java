package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.int64;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;
import static dev.rbaclab.cluster.server.protobuf.Fields.strings;
import static dev.rbaclab.cluster.server.protobuf.Fields.time;

/**
 * k8s.io/api {@code authentication/v1/generated.proto} (package k8s.io.api.authentication.v1). SelfSubjectReview's
 * numbers are those of {@code authentication/v1alpha1/generated.proto}, from which it was promoted unchanged.
 */
final class AuthenticationV1 {

    /** The proto names are aPIVersion and uID; the JSON names are apiVersion and uid. */
    static final Message BOUND_OBJECT_REFERENCE = Message.of("BoundObjectReference",
            string(1, "kind"),
            string(2, "apiVersion"),
            string(3, "name"),
            string(4, "uid"));

    static final Message TOKEN_REQUEST_SPEC = Message.of("TokenRequestSpec",
            strings(1, "audiences"),
            int64(4, "expirationSeconds").keepingZero(),
            message(3, "boundObjectRef", BOUND_OBJECT_REFERENCE).keepingZero());

    static final Message TOKEN_REQUEST_STATUS = Message.of("TokenRequestStatus",
            string(1, "token"),
            time(2, "expirationTimestamp"));

    static final Message TOKEN_REQUEST = Message.of("TokenRequest",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", TOKEN_REQUEST_SPEC),
            message(3, "status", TOKEN_REQUEST_STATUS));

    /** Without extra (4, map of ExtraValue): only the server fills in user info. */
    static final Message USER_INFO = Message.of("UserInfo",
            string(1, "username"),
            string(2, "uid"),
            strings(3, "groups"));

    static final Message SELF_SUBJECT_REVIEW_STATUS = Message.of("SelfSubjectReviewStatus",
            message(1, "userInfo", USER_INFO));

    static final Message SELF_SUBJECT_REVIEW = Message.of("SelfSubjectReview",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "status", SELF_SUBJECT_REVIEW_STATUS));

    private AuthenticationV1() {
    }
}
