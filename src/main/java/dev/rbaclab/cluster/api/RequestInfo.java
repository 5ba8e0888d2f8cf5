package dev.rbaclab.cluster.api;

import java.util.List;

/**
 * What an HTTP request asks for, resolved from method, path and query exactly as
 * k8s.io/apiserver pkg/endpoints/request/requestinfo.go does. A non-resource request has only
 * {@code path} and {@code verb}; namespace "" means cluster scope (or all namespaces for lists).
 */
public record RequestInfo(
        boolean resourceRequest,
        String path,
        String verb,
        String apiPrefix,
        String apiGroup,
        String apiVersion,
        String namespace,
        String resource,
        String subresource,
        String name,
        List<String> parts,
        String fieldSelector,
        String labelSelector) {

    public RequestInfo {
        path = nullToEmpty(path);
        verb = nullToEmpty(verb);
        apiPrefix = nullToEmpty(apiPrefix);
        apiGroup = nullToEmpty(apiGroup);
        apiVersion = nullToEmpty(apiVersion);
        namespace = nullToEmpty(namespace);
        resource = nullToEmpty(resource);
        subresource = nullToEmpty(subresource);
        name = nullToEmpty(name);
        parts = List.copyOf(parts == null ? List.of() : parts);
        fieldSelector = nullToEmpty(fieldSelector);
        labelSelector = nullToEmpty(labelSelector);
    }

    public static RequestInfo nonResource(String path, String verb) {
        return new RequestInfo(false, path, verb, "", "", "", "", "", "", "", List.of(), "", "");
    }

    /** The resource as RBAC sees it: {@code pods} or {@code pods/log}. */
    public String resourceWithSubresource() {
        return subresource.isEmpty() ? resource : resource + "/" + subresource;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
