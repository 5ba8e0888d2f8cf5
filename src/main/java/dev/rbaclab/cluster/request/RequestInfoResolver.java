package dev.rbaclab.cluster.request;

import dev.rbaclab.cluster.api.PlainTextException;
import dev.rbaclab.cluster.api.RequestInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a request the way kube-apiserver's RequestInfoFactory does
 * (staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go, APIPrefixes {api, apis},
 * GrouplessAPIPrefixes {api}). Everything RBAC decides rests on this mapping, so it is ported line by line.
 */
public final class RequestInfoResolver {

    private static final Set<String> API_PREFIXES = Set.of("api", "apis");
    private static final Set<String> GROUPLESS_PREFIXES = Set.of("api");
    private static final Set<String> SPECIAL_VERBS = Set.of("proxy", "watch");
    private static final Set<String> SPECIAL_VERBS_NO_SUBRESOURCES = Set.of("proxy");
    private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

    public RequestInfo resolve(String method, String path, Map<String, List<String>> query) {
        String verb = method.toLowerCase(Locale.ROOT);
        List<String> parts = splitPath(path);
        if (parts.size() < 3 || !API_PREFIXES.contains(parts.get(0))) {
            return RequestInfo.nonResource(path, verb);
        }
        String prefix = parts.get(0);
        parts = parts.subList(1, parts.size());
        String group = "";
        if (!GROUPLESS_PREFIXES.contains(prefix)) {
            // one part (the prefix) is consumed, so this asks "are there four parts?"
            if (parts.size() < 3) {
                return RequestInfo.nonResource(path, verb);
            }
            group = parts.get(0);
            parts = parts.subList(1, parts.size());
        }
        String version = parts.get(0);
        parts = parts.subList(1, parts.size());

        boolean deprecatedWatchPath = false;
        if (SPECIAL_VERBS.contains(parts.get(0))) {
            if (parts.size() < 2) {
                throw PlainTextException.internalError(path,
                        "failed to create RequestInfo: unable to determine kind and namespace from url, " + path);
            }
            verb = parts.get(0);
            deprecatedWatchPath = verb.equals("watch");
            parts = parts.subList(1, parts.size());
        } else {
            verb = verbFromMethod(method);
        }

        String namespace = "";
        if (parts.get(0).equals("namespaces")) {
            if (parts.size() > 1) {
                namespace = parts.get(1);
                // a further step that is not a namespace subresource is a resource in its own right
                if (parts.size() > 2 && !NAMESPACE_SUBRESOURCES.contains(parts.get(2))) {
                    parts = parts.subList(2, parts.size());
                }
            }
        }

        String resource = "";
        String name = "";
        String subresource = "";
        if (parts.size() >= 3 && !SPECIAL_VERBS_NO_SUBRESOURCES.contains(verb)) {
            subresource = parts.get(2);
        }
        if (parts.size() >= 2) {
            name = parts.get(1);
        }
        if (!parts.isEmpty()) {
            resource = parts.get(0);
        }

        String fieldSelector = "";
        String labelSelector = "";
        if (name.isEmpty() && verb.equals("get")) {
            ListQuery listQuery = ListQuery.parse(query);
            verb = listQuery.watch() ? "watch" : "list";
            if (listQuery.exactName() != null && PathSegments.isValidName(listQuery.exactName())) {
                name = listQuery.exactName();
            }
        }
        if (name.isEmpty() && verb.equals("delete")) {
            verb = "deletecollection";
        }
        if (!deprecatedWatchPath && Set.of("list", "watch", "deletecollection").contains(verb)) {
            fieldSelector = first(query, "fieldSelector");
            labelSelector = first(query, "labelSelector");
        }
        return new RequestInfo(true, path, verb, prefix, group, version, namespace, resource, subresource, name,
                new ArrayList<>(parts), fieldSelector, labelSelector);
    }

    private static String verbFromMethod(String method) {
        switch (method) {
            case "POST":
                return "create";
            case "GET":
            case "HEAD":
                return "get";
            case "PUT":
                return "update";
            case "PATCH":
                return "patch";
            case "DELETE":
                return "delete";
            default:
                return "";
        }
    }

    /** splitPath of requestinfo.go: trims leading and trailing "/" and splits; "" → no parts. */
    static List<String> splitPath(String path) {
        String trimmed = path == null ? "" : path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(trimmed.split("/", -1));
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
