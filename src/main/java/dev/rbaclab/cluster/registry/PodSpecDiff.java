package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ValidatePodUpdate's rule: after creation only container images, activeDeadlineSeconds, added tolerations and
 * a negative grace period set to 1 may change. Anything else is refused with Kubernetes' sentence followed by a
 * diff of the spec (a simplified rendering of the go-cmp diff the real server prints).
 */
final class PodSpecDiff {

    static final String MESSAGE = "pod updates may not change fields other than `spec.containers[*].image`,"
            + "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to "
            + "existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was "
            + "previously negative)";

    private PodSpecDiff() {
    }

    /** The rendered diff when something not allowed changed, else null. */
    static String disallowedChanges(JsonNode oldSpec, JsonNode newSpec) {
        ObjectNode before = comparable(oldSpec, oldSpec);
        ObjectNode after = comparable(newSpec, oldSpec);
        if (before.equals(after)) {
            return null;
        }
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        List<String> lines = new ArrayList<>();
        lines.add("  core.PodSpec{");
        int identical = 0;
        for (String field : PodDefaults.SPEC_ORDER) {
            if (!fields.contains(field)) {
                continue;
            }
            JsonNode was = before.get(field);
            JsonNode now = after.get(field);
            if (was != null && was.equals(now)) {
                identical++;
                continue;
            }
            if (identical > 0) {
                lines.add("  \t... // " + identical + " identical field" + (identical == 1 ? "" : "s"));
                identical = 0;
            }
            String goName = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            if (was != null) {
                lines.add("- \t" + goName + ": " + goValue(was) + ",");
            }
            if (now != null) {
                lines.add("+ \t" + goName + ": " + goValue(now) + ",");
            }
        }
        if (identical > 0) {
            lines.add("  \t... // " + identical + " identical field" + (identical == 1 ? "" : "s"));
        }
        lines.add("  }");
        return String.join("\n", lines) + "\n";
    }

    /** The spec with the changes Kubernetes allows undone, so that only forbidden changes remain visible. */
    private static ObjectNode comparable(JsonNode spec, JsonNode oldSpec) {
        ObjectNode copy = spec.isObject() ? ((ObjectNode) spec).deepCopy() : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String list : List.of("containers", "initContainers")) {
            if (copy.get(list) instanceof ArrayNode containers) {
                for (int i = 0; i < containers.size(); i++) {
                    JsonNode oldImage = oldSpec.path(list).path(i).path("image");
                    if (containers.get(i) instanceof ObjectNode c && !oldImage.isMissingNode()) {
                        c.set("image", oldImage);
                    }
                }
            }
        }
        copy.set("activeDeadlineSeconds", oldSpec.get("activeDeadlineSeconds"));
        if (copy.get("activeDeadlineSeconds") == null) {
            copy.remove("activeDeadlineSeconds");
        }
        // additions to tolerations are allowed: compare only the ones that existed before
        if (copy.get("tolerations") instanceof ArrayNode tolerations && oldSpec.get("tolerations") instanceof ArrayNode old) {
            boolean keepsOld = true;
            for (JsonNode t : old) {
                boolean found = false;
                for (JsonNode n : tolerations) {
                    found |= n.equals(t);
                }
                keepsOld &= found;
            }
            if (keepsOld) {
                copy.set("tolerations", old.deepCopy());
            }
        }
        long oldGrace = oldSpec.path("terminationGracePeriodSeconds").asLong(30);
        if (oldGrace < 0 && copy.path("terminationGracePeriodSeconds").asLong() == 1) {
            copy.set("terminationGracePeriodSeconds", oldSpec.get("terminationGracePeriodSeconds"));
        }
        return copy;
    }

    private static String goValue(JsonNode value) {
        if (value.isTextual()) {
            return "\"" + value.asText() + "\"";
        }
        if (value.isBoolean() || value.isNumber()) {
            return "&" + value.asText().toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }
}
