package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.RequestInfo;
import dev.rbaclab.cluster.api.ResourceCatalog;

import java.util.List;

/**
 * The non-resource paths of the API server: version, health, discovery, OpenAPI, and the ServiceAccount issuer
 * discovery documents.
 */
final class ClusterEndpoints implements ApiHandler {

    private final Discovery discovery;
    private final OpenApi openApi;
    private final ApiHandler issuerDiscovery;

    ClusterEndpoints(ResourceCatalog catalog, java.util.function.Supplier<String> serverAddress, ApiHandler issuerDiscovery) {
        this.discovery = new Discovery(catalog, serverAddress);
        this.openApi = new OpenApi(catalog);
        this.issuerDiscovery = issuerDiscovery;
    }

    @Override
    public ApiResponse handle(ApiCall call) {
        RequestInfo info = call.info();
        String path = trimTrailingSlash(info.path());
        if (!info.verb().equals("get") && !info.verb().equals("head")) {
            throw methodNotAllowed();
        }
        ServerVersion version = ServerVersion.parse(call.sandbox().serverVersion());
        switch (path) {
            case "/version":
                // responsewriters.WriteRawJSON: /version is always indented, without a trailing newline
                return new ApiResponse(200, ApiResponse.JSON, dev.rbaclab.cluster.api.GoJson.pretty(version.toJson())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.List.of(), 0);
            case "/healthz":
            case "/livez":
            case "/readyz":
                return health(call, path.substring(1));
            case "/api":
                return ApiResponse.json(200, discovery.apiVersions());
            case "/apis":
                return ApiResponse.json(200, discovery.apiGroupList());
            case "/openapi/v3":
                return ApiResponse.json(200, openApi.root());
            case "/.well-known/openid-configuration":
            case "/openid/v1/jwks":
                return issuerDiscovery.handle(call);
            case "/metrics":
                return ApiResponse.text(200, "# HELP apiserver_requests_total Counter of apiserver requests.\n"
                        + "# TYPE apiserver_requests_total counter\n");
            default:
                return discoveryPath(path, version);
        }
    }

    private ApiResponse discoveryPath(String path, ServerVersion version) {
        List<String> parts = List.of(path.substring(1).split("/"));
        if (parts.size() == 2 && parts.get(0).equals("api")) {
            return discovery.resourceList("", parts.get(1)).map(doc -> ApiResponse.json(200, doc))
                    .orElseThrow(ApiException::pathNotFound);
        }
        if (parts.size() == 2 && parts.get(0).equals("apis")) {
            return discovery.apiGroup(parts.get(1)).map(doc -> ApiResponse.json(200, doc))
                    .orElseThrow(ApiException::pathNotFound);
        }
        if (parts.size() == 3 && parts.get(0).equals("apis")) {
            return discovery.resourceList(parts.get(1), parts.get(2)).map(doc -> ApiResponse.json(200, doc))
                    .orElseThrow(ApiException::pathNotFound);
        }
        if (parts.size() >= 4 && parts.get(0).equals("openapi") && parts.get(1).equals("v3")) {
            boolean core = parts.get(2).equals("api");
            if (core && parts.size() == 4) {
                return openApi.groupVersion("", parts.get(3), version.gitVersion()).map(doc -> ApiResponse.json(200, doc))
                        .orElseThrow(ApiException::pathNotFound);
            }
            if (!core && parts.size() == 5 && parts.get(2).equals("apis")) {
                return openApi.groupVersion(parts.get(3), parts.get(4), version.gitVersion())
                        .map(doc -> ApiResponse.json(200, doc)).orElseThrow(ApiException::pathNotFound);
            }
        }
        throw ApiException.pathNotFound();
    }

    private static ApiResponse health(ApiCall call, String check) {
        if (call.request().queryParam("verbose") == null) {
            return ApiResponse.text(200, "ok");
        }
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("ping", "log", "etcd", "poststarthook/start-apiserver-admission-initializer",
                "poststarthook/rbac/bootstrap-roles")) {
            sb.append("[+]").append(name).append(" ok\n");
        }
        return ApiResponse.text(200, sb + check + " check passed\n");
    }

    static ApiException methodNotAllowed() {
        return new ApiException(dev.rbaclab.cluster.api.Status.failure(405, "MethodNotAllowed",
                "the server does not allow this method on the requested resource",
                dev.rbaclab.cluster.api.StatusDetails.EMPTY));
    }

    private static String trimTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
