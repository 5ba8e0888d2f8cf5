package dev.rbaclab.kubectl.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as client-go's rest.Request builds it. {@code resource} and {@code name} only serve error messages
 * for answers that are not a Status ({@code the server could not find the requested resource (get pods x)}).
 */
public record Request(String method, String path, Map<String, List<String>> query, String accept, String contentType,
                      byte[] body, String resource, String name) {

    public static final String JSON = "application/json";
    public static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,"
            + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
    public static final String DISCOVERY = "application/json, */*";

    public Request {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        query = copy;
        body = body == null ? new byte[0] : body;
        resource = resource == null ? "" : resource;
        name = name == null ? "" : name;
    }

    public static Request get(String path) {
        return new Request("GET", path, Map.of(), JSON, null, null, null, null);
    }

    public Request withQuery(String key, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(query);
        List<String> values = new ArrayList<>(next.getOrDefault(key, List.of()));
        values.add(value);
        next.put(key, values);
        return new Request(method, path, next, accept, contentType, body, resource, name);
    }

    public Request withAccept(String value) {
        return new Request(method, path, query, value, contentType, body, resource, name);
    }

    public Request withMethod(String value) {
        return new Request(value, path, query, accept, contentType, body, resource, name);
    }

    public Request withBody(String type, String text) {
        return new Request(method, path, query, accept, type, text.getBytes(StandardCharsets.UTF_8), resource, name);
    }

    public Request forResource(String value, String objectName) {
        return new Request(method, path, query, accept, contentType, body, value, objectName);
    }
}
