package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.messages;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;
import static dev.rbaclab.cluster.server.protobuf.Fields.strings;

/** k8s.io/api {@code authorization/v1/generated.proto} (package k8s.io.api.authorization.v1). */
final class AuthorizationV1 {

    static final Message FIELD_SELECTOR_REQUIREMENT = Message.of("FieldSelectorRequirement",
            string(1, "key"),
            string(2, "operator"),
            strings(3, "values"));

    static final Message FIELD_SELECTOR_ATTRIBUTES = Message.of("FieldSelectorAttributes",
            string(1, "rawSelector"),
            messages(2, "requirements", FIELD_SELECTOR_REQUIREMENT));

    static final Message LABEL_SELECTOR_ATTRIBUTES = Message.of("LabelSelectorAttributes",
            string(1, "rawSelector"),
            messages(2, "requirements", MetaV1.LABEL_SELECTOR_REQUIREMENT));

    static final Message RESOURCE_ATTRIBUTES = Message.of("ResourceAttributes",
            string(1, "namespace"),
            string(2, "verb"),
            string(3, "group"),
            string(4, "version"),
            string(5, "resource"),
            string(6, "subresource"),
            string(7, "name"),
            // pointers: an empty selector attribute is still a (trivially unlimited) selector
            message(8, "fieldSelector", FIELD_SELECTOR_ATTRIBUTES).keepingZero(),
            message(9, "labelSelector", LABEL_SELECTOR_ATTRIBUTES).keepingZero());

    static final Message NON_RESOURCE_ATTRIBUTES = Message.of("NonResourceAttributes",
            string(1, "path"),
            string(2, "verb"));

    /** Both attributes are pointers: which one is set says what kind of access is asked about. */
    static final Message SELF_SUBJECT_ACCESS_REVIEW_SPEC = Message.of("SelfSubjectAccessReviewSpec",
            message(1, "resourceAttributes", RESOURCE_ATTRIBUTES).keepingZero(),
            message(2, "nonResourceAttributes", NON_RESOURCE_ATTRIBUTES).keepingZero());

    /** Without status (3): the server decides it; kubectl sends {allowed: false}. */
    static final Message SELF_SUBJECT_ACCESS_REVIEW = Message.of("SelfSubjectAccessReview",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", SELF_SUBJECT_ACCESS_REVIEW_SPEC));

    static final Message SELF_SUBJECT_RULES_REVIEW_SPEC = Message.of("SelfSubjectRulesReviewSpec",
            string(1, "namespace"));

    /** Without status (3): the server fills it in; kubectl sends it empty. */
    static final Message SELF_SUBJECT_RULES_REVIEW = Message.of("SelfSubjectRulesReview",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", SELF_SUBJECT_RULES_REVIEW_SPEC));

    private AuthorizationV1() {
    }
}
