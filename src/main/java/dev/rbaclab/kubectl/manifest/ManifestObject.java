package dev.rbaclab.kubectl.manifest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One object read from {@code -f}: its content and where it came from ({@code sa.yaml}, or {@code STDIN}). */
public record ManifestObject(ObjectNode object, String source) {

    public ManifestObject {
        object = object.deepCopy();
    }

    @Override
    public ObjectNode object() {
        return object.deepCopy();
    }

    public String apiVersion() {
        return object.path("apiVersion").asText("");
    }

    public String kind() {
        return object.path("kind").asText("");
    }

    public String name() {
        return object.path("metadata").path("name").asText("");
    }

    public String namespace() {
        return object.path("metadata").path("namespace").asText("");
    }
}
