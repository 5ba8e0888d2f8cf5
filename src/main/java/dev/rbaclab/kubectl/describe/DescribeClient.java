package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.discovery.ResourceMapping;

import java.util.List;
import java.util.Map;

/**
 * The typed clientset the describers use: it asks for protobuf (and gets JSON), and lists in chunks of 500.
 * {@code showEvents} is {@code --show-events}.
 */
public record DescribeClient(RestClient client, boolean showEvents) {

    static final String TYPED_ACCEPT = "application/vnd.kubernetes.protobuf,application/json";

    /** The typed GET every describer starts with. */
    public ObjectNode get(ResourceMapping mapping, String namespace, String name) {
        Request request = new Request("GET", mapping.objectPath(namespace, name), Map.of(), TYPED_ACCEPT, null, null,
                mapping.resource(), name);
        return client.send(request).object();
    }

    public ObjectNode get(String path, String resource, String name) {
        return client.send(new Request("GET", path, Map.of(), TYPED_ACCEPT, null, null, resource, name)).object();
    }

    /** A list with the given selectors (empty strings are left out) and {@code limit=500}. */
    public JsonNode list(String path, String resource, String labelSelector, String fieldSelector) {
        Request request = new Request("GET", path, Map.of(), TYPED_ACCEPT, null, null, resource, null);
        if (!labelSelector.isEmpty()) {
            request = request.withQuery("labelSelector", labelSelector);
        }
        if (!fieldSelector.isEmpty()) {
            request = request.withQuery("fieldSelector", fieldSelector);
        }
        return client.send(request.withQuery("limit", "500")).json();
    }

    public List<JsonNode> items(JsonNode list) {
        return list.path("items").isArray() ? toList(list.path("items")) : List.of();
    }

    private static List<JsonNode> toList(JsonNode array) {
        java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
