package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.bool;
import static dev.rbaclab.cluster.server.protobuf.Fields.int64;
import static dev.rbaclab.cluster.server.protobuf.Fields.messages;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;
import static dev.rbaclab.cluster.server.protobuf.Fields.stringMap;
import static dev.rbaclab.cluster.server.protobuf.Fields.strings;
import static dev.rbaclab.cluster.server.protobuf.Fields.time;

/**
 * k8s.io/apimachinery {@code pkg/apis/meta/v1/generated.proto} (package k8s.io.apimachinery.pkg.apis.meta.v1).
 * Time has no table: it is a {@link FieldType#TIME}.
 */
final class MetaV1 {

    static final Message OWNER_REFERENCE = Message.of("OwnerReference",
            string(5, "apiVersion"),
            string(1, "kind"),
            string(3, "name"),
            string(4, "uid"),
            bool(6, "controller").keepingZero(),
            bool(7, "blockOwnerDeletion").keepingZero());

    /**
     * Without managedFields (17): clients do not send them on create, and the server, not the client, owns them.
     */
    static final Message OBJECT_META = Message.of("ObjectMeta",
            string(1, "name"),
            string(2, "generateName"),
            string(3, "namespace"),
            string(4, "selfLink"),
            string(5, "uid"),
            string(6, "resourceVersion"),
            int64(7, "generation"),
            time(8, "creationTimestamp"),
            time(9, "deletionTimestamp"),
            int64(10, "deletionGracePeriodSeconds").keepingZero(),
            stringMap(11, "labels"),
            stringMap(12, "annotations"),
            messages(13, "ownerReferences", OWNER_REFERENCE),
            strings(14, "finalizers"));

    static final Message LABEL_SELECTOR_REQUIREMENT = Message.of("LabelSelectorRequirement",
            string(1, "key"),
            string(2, "operator"),
            strings(3, "values"));

    static final Message LABEL_SELECTOR = Message.of("LabelSelector",
            stringMap(1, "matchLabels"),
            messages(2, "matchExpressions", LABEL_SELECTOR_REQUIREMENT));

    private MetaV1() {
    }
}
