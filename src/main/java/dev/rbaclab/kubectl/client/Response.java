package dev.rbaclab.kubectl.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.nio.charset.StandardCharsets;

/** A successful answer (2xx); failures become {@link dev.rbaclab.kubectl.errors.StatusError}s in the client. */
public record Response(int code, String contentType, byte[] body) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        return Json.parse(text());
    }

    public ObjectNode object() {
        JsonNode node = json();
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalStateException("expected a JSON object, got " + node.getNodeType());
        }
        return object;
    }
}
