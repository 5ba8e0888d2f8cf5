package dev.rbaclab.cluster.api;

/**
 * The question put to the authorizer (k8s.io/apiserver pkg/authorization/authorizer.AttributesRecord):
 * may {@code user} do {@code verb} on this resource (or non-resource {@code path})?
 */
public record Attributes(
        UserInfo user,
        String verb,
        String namespace,
        String apiGroup,
        String apiVersion,
        String resource,
        String subresource,
        String name,
        boolean resourceRequest,
        String path) {

    public Attributes {
        verb = verb == null ? "" : verb;
        namespace = namespace == null ? "" : namespace;
        apiGroup = apiGroup == null ? "" : apiGroup;
        apiVersion = apiVersion == null ? "" : apiVersion;
        resource = resource == null ? "" : resource;
        subresource = subresource == null ? "" : subresource;
        name = name == null ? "" : name;
        path = path == null ? "" : path;
    }

    /** GetAuthorizerAttributes (endpoints/filters/authorization.go): attributes come straight from RequestInfo. */
    public static Attributes from(UserInfo user, RequestInfo info) {
        if (!info.resourceRequest()) {
            return nonResource(user, info.verb(), info.path());
        }
        return new Attributes(user, info.verb(), info.namespace(), info.apiGroup(), info.apiVersion(),
                info.resource(), info.subresource(), info.name(), true, "");
    }

    public static Attributes resource(UserInfo user, String verb, String namespace, String apiGroup,
                                      String resource, String subresource, String name) {
        return new Attributes(user, verb, namespace, apiGroup, "*", resource, subresource, name, true, "");
    }

    public static Attributes nonResource(UserInfo user, String verb, String path) {
        return new Attributes(user, verb, "", "", "", "", "", "", false, path);
    }

    public Attributes withUser(UserInfo newUser) {
        return new Attributes(newUser, verb, namespace, apiGroup, apiVersion, resource, subresource, name,
                resourceRequest, path);
    }

    public String resourceWithSubresource() {
        return subresource.isEmpty() ? resource : resource + "/" + subresource;
    }
}
