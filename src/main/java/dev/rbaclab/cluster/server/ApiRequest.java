package dev.rbaclab.cluster.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Kubernetes API request, independent of how it arrived (HTTP from kubectl, the in-process console, a
 * simulated pod). {@code sandboxId} is set when the URL named the cluster ({@code /clusters/<id>/...});
 * {@code path} is the API path after that prefix.
 */
public record ApiRequest(
        String method,
        String sandboxId,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        byte[] body,
        Source source) {

    public ApiRequest {
        query = Map.copyOf(query);
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> caseInsensitive.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The bearer token of the Authorization header, or null (an empty token counts as none). */
    public String bearerToken() {
        String authorization = header("Authorization");
        if (authorization == null) {
            return null;
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer") || parts[1].isBlank()) {
            return null;
        }
        return parts[1].trim();
    }

    /** The request URI as the audit log shows it: path and query. */
    public String uri() {
        StringBuilder sb = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, List<String>> e : new TreeMap<>(query).entrySet()) {
            for (String value : e.getValue()) {
                sb.append(separator).append(e.getKey()).append('=').append(value);
                separator = "&";
            }
        }
        return sb.toString();
    }
}
