package dev.rbaclab.kubectl.cmd.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.registry.patch.JsonPatch;
import dev.rbaclab.cluster.registry.patch.MergePatch;
import dev.rbaclab.cluster.registry.patch.StrategicMergePatch;
import dev.rbaclab.kubectl.errors.CommandError;

import java.util.Locale;

/**
 * {@code kubectl patch --type}: the content type sent, and the local application for {@code --dry-run=client} /
 * {@code --local} (kubectl applies patches with the same apimachinery code the server uses; so does the console,
 * with the lab's pure patch functions).
 */
enum PatchType {
    JSON("application/json-patch+json"), MERGE("application/merge-patch+json"),
    STRATEGIC("application/strategic-merge-patch+json");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static PatchType parse(String value) {
        if (value.isEmpty()) {
            return STRATEGIC;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "merge" -> MERGE;
            case "strategic" -> STRATEGIC;
            default -> throw new CommandError("--type must be one of [json merge strategic], not \"" + value + "\"");
        };
    }

    JsonNode applyLocally(JsonNode object, JsonNode patch, String kind) {
        return switch (this) {
            case JSON -> JsonPatch.apply(object, patch);
            case MERGE -> MergePatch.apply(object, patch);
            case STRATEGIC -> StrategicMergePatch.apply(object, patch, kind);
        };
    }
}
