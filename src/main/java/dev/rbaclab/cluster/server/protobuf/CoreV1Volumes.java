package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.bool;
import static dev.rbaclab.cluster.server.protobuf.Fields.inline;
import static dev.rbaclab.cluster.server.protobuf.Fields.int32;
import static dev.rbaclab.cluster.server.protobuf.Fields.int64;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.messages;
import static dev.rbaclab.cluster.server.protobuf.Fields.quantity;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;

/**
 * k8s.io/api {@code core/v1/generated.proto}: the volume sources the lessons mount (secrets, config maps, projected
 * service account tokens, empty dirs, claims). Every source is a pointer in Go: {@code emptyDir: {}} is a choice.
 */
final class CoreV1Volumes {

    static final Message KEY_TO_PATH = Message.of("KeyToPath",
            string(1, "key"),
            string(2, "path"),
            int32(3, "mode").keepingZero());

    static final Message SECRET_VOLUME_SOURCE = Message.of("SecretVolumeSource",
            string(1, "secretName"),
            messages(2, "items", KEY_TO_PATH),
            int32(3, "defaultMode").keepingZero(),
            bool(4, "optional").keepingZero());

    static final Message CONFIG_MAP_VOLUME_SOURCE = Message.of("ConfigMapVolumeSource",
            inline(1, CoreV1.LOCAL_OBJECT_REFERENCE),
            messages(2, "items", KEY_TO_PATH),
            int32(3, "defaultMode").keepingZero(),
            bool(4, "optional").keepingZero());

    static final Message VOLUME_PROJECTION = Message.of("VolumeProjection",
            message(1, "secret", Message.of("SecretProjection",
                    inline(1, CoreV1.LOCAL_OBJECT_REFERENCE),
                    messages(2, "items", KEY_TO_PATH),
                    bool(4, "optional").keepingZero())).keepingZero(),
            message(3, "configMap", Message.of("ConfigMapProjection",
                    inline(1, CoreV1.LOCAL_OBJECT_REFERENCE),
                    messages(2, "items", KEY_TO_PATH),
                    bool(4, "optional").keepingZero())).keepingZero(),
            message(4, "serviceAccountToken", Message.of("ServiceAccountTokenProjection",
                    string(1, "audience"),
                    int64(2, "expirationSeconds").keepingZero(),
                    string(3, "path"))).keepingZero());

    static final Message VOLUME_SOURCE = Message.of("VolumeSource",
            message(2, "emptyDir", Message.of("EmptyDirVolumeSource",
                    string(1, "medium"),
                    quantity(2, "sizeLimit").keepingZero())).keepingZero(),
            message(6, "secret", SECRET_VOLUME_SOURCE).keepingZero(),
            message(10, "persistentVolumeClaim", Message.of("PersistentVolumeClaimVolumeSource",
                    string(1, "claimName"),
                    bool(2, "readOnly"))).keepingZero(),
            message(19, "configMap", CONFIG_MAP_VOLUME_SOURCE).keepingZero(),
            message(26, "projected", Message.of("ProjectedVolumeSource",
                    messages(1, "sources", VOLUME_PROJECTION),
                    int32(2, "defaultMode").keepingZero())).keepingZero());

    /** VolumeSource is embedded inline: {"name": "x", "secret": {...}}. */
    static final Message VOLUME = Message.of("Volume",
            string(1, "name"),
            inline(2, VOLUME_SOURCE));

    private CoreV1Volumes() {
    }
}
