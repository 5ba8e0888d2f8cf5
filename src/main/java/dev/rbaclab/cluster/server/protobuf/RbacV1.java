package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.messages;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;
import static dev.rbaclab.cluster.server.protobuf.Fields.strings;

/** k8s.io/api {@code rbac/v1/generated.proto} (package k8s.io.api.rbac.v1). */
final class RbacV1 {

    static final Message POLICY_RULE = Message.of("PolicyRule",
            strings(1, "verbs"),
            strings(2, "apiGroups"),
            strings(3, "resources"),
            strings(4, "resourceNames"),
            strings(5, "nonResourceURLs"));

    static final Message AGGREGATION_RULE = Message.of("AggregationRule",
            messages(1, "clusterRoleSelectors", MetaV1.LABEL_SELECTOR));

    static final Message ROLE = Message.of("Role",
            message(1, "metadata", MetaV1.OBJECT_META),
            messages(2, "rules", POLICY_RULE));

    static final Message CLUSTER_ROLE = Message.of("ClusterRole",
            message(1, "metadata", MetaV1.OBJECT_META),
            messages(2, "rules", POLICY_RULE),
            // *AggregationRule: an empty one still switches the role to aggregation
            message(3, "aggregationRule", AGGREGATION_RULE).keepingZero());

    static final Message SUBJECT = Message.of("Subject",
            string(1, "kind"),
            string(2, "apiGroup"),
            string(3, "name"),
            string(4, "namespace"));

    static final Message ROLE_REF = Message.of("RoleRef",
            string(1, "apiGroup"),
            string(2, "kind"),
            string(3, "name"));

    static final Message ROLE_BINDING = Message.of("RoleBinding",
            message(1, "metadata", MetaV1.OBJECT_META),
            messages(2, "subjects", SUBJECT),
            message(3, "roleRef", ROLE_REF));

    static final Message CLUSTER_ROLE_BINDING = Message.of("ClusterRoleBinding",
            message(1, "metadata", MetaV1.OBJECT_META),
            messages(2, "subjects", SUBJECT),
            message(3, "roleRef", ROLE_REF));

    private RbacV1() {
    }
}
