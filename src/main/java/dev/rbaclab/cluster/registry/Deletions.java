package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;

import java.time.Instant;

/**
 * What a DELETE answers (store.go finalizeDelete): a Pod is deleted gracefully and a Namespace is finalized, so
 * both answer with the object marked for deletion; everything else answers with a Success Status naming it.
 * The lab removes every object at once, which kubectl's wait sees as a finished deletion.
 */
final class Deletions {

    private Deletions() {
    }

    static ObjectNode response(ApiResource resource, ObjectNode old, Instant now, DeleteOptions options) {
        if (resource.group().isEmpty() && resource.name().equals("pods")) {
            ObjectNode pod = old.deepCopy();
            long grace = options.gracePeriodSeconds() != null ? options.gracePeriodSeconds()
                    : pod.path("spec").path("terminationGracePeriodSeconds").asLong(30);
            ObjectNode metadata = Meta.metadata(pod);
            metadata.put("deletionTimestamp", Meta.timestamp(now.plusSeconds(grace)));
            metadata.put("deletionGracePeriodSeconds", grace);
            Meta.orderMetadata(metadata);
            return pod;
        }
        if (resource.group().isEmpty() && resource.name().equals("namespaces")) {
            ObjectNode namespace = old.deepCopy();
            ObjectNode metadata = Meta.metadata(namespace);
            metadata.put("deletionTimestamp", Meta.timestamp(now));
            Meta.orderMetadata(metadata);
            namespace.with("status").put("phase", "Terminating");
            return namespace;
        }
        ObjectNode status = Json.object();
        status.put("kind", "Status");
        status.put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Success");
        ObjectNode details = status.putObject("details");
        details.put("name", Meta.name(old));
        if (!resource.group().isEmpty()) {
            details.put("group", resource.group());
        }
        details.put("kind", resource.resource());
        details.put("uid", Meta.uid(old));
        return status;
    }
}
