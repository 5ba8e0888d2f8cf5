package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.api.Meta;

/** metav1.DeleteOptions as far as the lab honours them: dry run, grace period and preconditions. */
public record DeleteOptions(boolean dryRun, Long gracePeriodSeconds, String preconditionUid, String preconditionResourceVersion) {

    public static final DeleteOptions DEFAULT = new DeleteOptions(false, null, null, null);

    public static DeleteOptions from(JsonNode body, boolean dryRunQuery, String gracePeriodQuery) {
        boolean dryRun = dryRunQuery || body.path("dryRun").isArray() && body.path("dryRun").size() > 0;
        Long grace = null;
        if (body.has("gracePeriodSeconds") && body.get("gracePeriodSeconds").canConvertToLong()) {
            grace = body.get("gracePeriodSeconds").asLong();
        } else if (gracePeriodQuery != null && !gracePeriodQuery.isEmpty()) {
            try {
                grace = Long.parseLong(gracePeriodQuery);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("invalid gracePeriodSeconds: " + gracePeriodQuery);
            }
        }
        JsonNode preconditions = body.path("preconditions");
        return new DeleteOptions(dryRun, grace, textOrNull(preconditions.path("uid")),
                textOrNull(preconditions.path("resourceVersion")));
    }

    void checkPreconditions(GroupResource resource, JsonNode object) {
        String name = Meta.name(object);
        if (preconditionUid != null && !preconditionUid.equals(Meta.uid(object))) {
            throw ApiException.conflict(resource, name, "Precondition failed: UID in precondition: " + preconditionUid
                    + ", UID in object meta: " + Meta.uid(object));
        }
        String rv = object.path("metadata").path("resourceVersion").asText("");
        if (preconditionResourceVersion != null && !preconditionResourceVersion.equals(rv)) {
            throw ApiException.conflict(resource, name, "Precondition failed: ResourceVersion in precondition: "
                    + preconditionResourceVersion + ", ResourceVersion in object meta: " + rv);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
