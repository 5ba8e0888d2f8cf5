package dev.rbaclab.cluster.server.protobuf;

import static dev.rbaclab.cluster.server.protobuf.Fields.bool;
import static dev.rbaclab.cluster.server.protobuf.Fields.int32;
import static dev.rbaclab.cluster.server.protobuf.Fields.int64;
import static dev.rbaclab.cluster.server.protobuf.Fields.message;
import static dev.rbaclab.cluster.server.protobuf.Fields.string;

/**
 * k8s.io/api {@code batch/v1/generated.proto} (package k8s.io.api.batch.v1). Without podFailurePolicy (11) and
 * successPolicy (16), which no generator sets.
 */
final class BatchV1 {

    static final Message JOB_SPEC = Message.of("JobSpec",
            int32(1, "parallelism").keepingZero(),
            int32(2, "completions").keepingZero(),
            int64(3, "activeDeadlineSeconds").keepingZero(),
            int32(7, "backoffLimit").keepingZero(),
            int32(12, "backoffLimitPerIndex").keepingZero(),
            int32(13, "maxFailedIndexes").keepingZero(),
            message(4, "selector", MetaV1.LABEL_SELECTOR).keepingZero(),
            bool(5, "manualSelector").keepingZero(),
            message(6, "template", CoreV1Pods.POD_TEMPLATE_SPEC),
            int32(8, "ttlSecondsAfterFinished").keepingZero(),
            string(9, "completionMode").keepingZero(),
            bool(10, "suspend").keepingZero(),
            string(14, "podReplacementPolicy").keepingZero(),
            string(15, "managedBy").keepingZero());

    /** Without status (3): the job controller's. */
    static final Message JOB = Message.of("Job",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", JOB_SPEC));

    static final Message JOB_TEMPLATE_SPEC = Message.of("JobTemplateSpec",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", JOB_SPEC));

    static final Message CRON_JOB_SPEC = Message.of("CronJobSpec",
            string(1, "schedule"),
            string(8, "timeZone").keepingZero(),
            int64(2, "startingDeadlineSeconds").keepingZero(),
            string(3, "concurrencyPolicy"),
            bool(4, "suspend").keepingZero(),
            message(5, "jobTemplate", JOB_TEMPLATE_SPEC),
            int32(6, "successfulJobsHistoryLimit").keepingZero(),
            int32(7, "failedJobsHistoryLimit").keepingZero());

    /** Without status (3): the cron job controller's. */
    static final Message CRON_JOB = Message.of("CronJob",
            message(1, "metadata", MetaV1.OBJECT_META),
            message(2, "spec", CRON_JOB_SPEC));

    private BatchV1() {
    }
}
