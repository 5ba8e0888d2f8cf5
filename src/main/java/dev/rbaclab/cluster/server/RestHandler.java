package dev.rbaclab.cluster.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.api.RequestInfo;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.printers.Printers;
import dev.rbaclab.cluster.registry.DeleteOptions;
import dev.rbaclab.cluster.registry.FieldValidation;
import dev.rbaclab.cluster.registry.ListOptions;
import dev.rbaclab.cluster.registry.PatchType;
import dev.rbaclab.cluster.registry.Registry;
import dev.rbaclab.cluster.registry.RestContext;

import java.util.List;
import java.util.Map;

/**
 * Resource requests: finds the resource in the catalog and runs the verb against the registry, answering JSON
 * objects and lists, or Tables when kubectl asks for them. Resources with their own semantics (reviews,
 * TokenRequest, logs, exec) are delegated by {@code group/resource/subresource}.
 */
final class RestHandler implements ApiHandler {

    private final ResourceCatalog catalog;
    private final Registry registry;
    private final BodyDecoder decoder;
    private final Map<String, ApiHandler> special;

    RestHandler(ResourceCatalog catalog, Registry registry, BodyDecoder decoder, Map<String, ApiHandler> special) {
        this.catalog = catalog;
        this.registry = registry;
        this.decoder = decoder;
        this.special = Map.copyOf(special);
    }

    static String key(String group, String resource, String subresource) {
        return group + "/" + resource + "/" + subresource;
    }

    @Override
    public ApiResponse handle(ApiCall call) {
        RequestInfo info = call.info();
        ApiResource resource = resolve(info);
        ApiHandler handler = special.get(key(info.apiGroup(), info.resource(), info.subresource()));
        if (handler != null) {
            return handler.handle(call);
        }
        if (!info.subresource().isEmpty()) {
            return subresource(call, resource);
        }
        // cluster-scoped objects have no namespace, though /api/v1/namespaces/<name> reports one
        return verb(call, resource, call.restContext(), resource.namespaced() ? info.namespace() : "");
    }

    /** The catalog entry the path names; kind checks of the path (scope, known version) happen here. */
    private ApiResource resolve(RequestInfo info) {
        String name = info.subresource().isEmpty() ? info.resource() : info.resource() + "/" + info.subresource();
        ApiResource resource = catalog.find(info.apiGroup(), info.apiVersion(), name)
                .orElseThrow(ApiException::pathNotFound);
        boolean namespacedPath = !info.namespace().isEmpty() && !info.resource().equals("namespaces");
        if (namespacedPath && !resource.namespaced()) {
            throw ApiException.pathNotFound();
        }
        return resource;
    }

    private ApiResponse verb(ApiCall call, ApiResource resource, RestContext context, String namespace) {
        RequestInfo info = call.info();
        if (resource.namespaced() && namespace.isEmpty() && !List.of("list", "watch").contains(info.verb())) {
            throw ClusterEndpoints.methodNotAllowed();
        }
        switch (info.verb()) {
            case "get":
                return object(call, resource, registry.get(context, resource, namespace, info.name()), 200);
            case "list":
                return list(call, resource, context, namespace);
            case "watch":
                throw ApiException.methodNotSupported(resource.groupResource(), "watch");
            case "create":
                if (!info.name().isEmpty()) {
                    throw ClusterEndpoints.methodNotAllowed();
                }
                requireVerb(resource, "create");
                ObjectNode created = registry.create(context, resource, namespace, decoder.object(call.request()), call.dryRun(),
                        fieldValidation(call));
                return object(call, resource, created, 201);
            case "update":
                requireVerb(resource, "update");
                return object(call, resource, registry.update(context, resource, namespace, info.name(),
                        decoder.object(call.request()), call.dryRun(), fieldValidation(call)), 200);
            case "patch":
                return patch(call, resource, context, namespace);
            case "delete":
                requireVerb(resource, "delete");
                ObjectNode deleted = registry.delete(context, resource, namespace, info.name(), deleteOptions(call));
                return ApiResponse.json(200, deleted);
            case "deletecollection":
                requireVerb(resource, "deletecollection");
                List<ObjectNode> items = registry.deleteCollection(context, resource, namespace,
                        ListOptions.parse(info.labelSelector(), info.fieldSelector()), deleteOptions(call));
                return ApiResponse.json(200, listJson(resource, items, registry.resourceVersion(context)));
            default:
                throw ClusterEndpoints.methodNotAllowed();
        }
    }

    private ApiResponse patch(ApiCall call, ApiResource resource, RestContext context, String namespace) {
        requireVerb(resource, "patch");
        PatchType type = PatchType.fromContentType(call.request().header("Content-Type"));
        if (type == null) {
            throw ApiException.unsupportedMediaType(call.request().header("Content-Type"));
        }
        JsonNode patch = decoder.any(call.request());
        String name = call.info().name();
        ObjectNode patched = registry.patch(context, resource, namespace, name, type, patch, call.dryRun(), fieldValidation(call));
        if (patched == null) {
            ObjectNode body = ((ObjectNode) patch).deepCopy();
            Meta.metadata(body).put("name", name);
            // server-side apply decodes its YAML with its own rules, not the create handler's
            return object(call, resource, registry.create(context, resource, namespace, body, call.dryRun(),
                    FieldValidation.IGNORE), 201);
        }
        return object(call, resource, patched, 200);
    }

    /** Status subresources read and write the status of the object. */
    private ApiResponse subresource(ApiCall call, ApiResource resource) {
        RequestInfo info = call.info();
        if (!info.subresource().equals("status") || !info.verb().equals("get")) {
            throw ApiException.methodNotSupported(resource.groupResource(), info.verb() + " " + info.subresource());
        }
        ApiResource main = catalog.find(info.apiGroup(), info.apiVersion(), info.resource()).orElseThrow();
        String namespace = main.namespaced() ? info.namespace() : "";
        return object(call, main, registry.get(call.restContext(), main, namespace, info.name()), 200);
    }

    private ApiResponse list(ApiCall call, ApiResource resource, RestContext context, String namespace) {
        RequestInfo info = call.info();
        ListOptions options = ListOptions.parse(info.labelSelector(), info.fieldSelector());
        long resourceVersion = registry.resourceVersion(context);
        List<ObjectNode> items = registry.list(context, resource, namespace, options);
        if (call.wantsTable()) {
            return ApiResponse.json(200, Printers.table(resource.groupResource(), items,
                    Long.toString(resourceVersion), call.now()));
        }
        return ApiResponse.json(200, listJson(resource, items, resourceVersion));
    }

    private ApiResponse object(ApiCall call, ApiResource resource, ObjectNode object, int code) {
        if (call.wantsTable() && call.info().verb().equals("get")) {
            return ApiResponse.json(code, Printers.table(resource.groupResource(), List.of(object), null, call.now()));
        }
        return ApiResponse.json(code, object);
    }

    /** A typed list: items without kind and apiVersion, as a real server writes them. */
    static ObjectNode listJson(ApiResource resource, List<ObjectNode> items, long resourceVersion) {
        ObjectNode list = Json.object();
        list.put("kind", resource.kind() + "List");
        list.put("apiVersion", resource.groupVersion());
        list.putObject("metadata").put("resourceVersion", Long.toString(resourceVersion));
        ArrayNode array = list.putArray("items");
        for (ObjectNode item : items) {
            ObjectNode copy = item.deepCopy();
            copy.remove("kind");
            copy.remove("apiVersion");
            array.add(copy);
        }
        return list;
    }

    private static FieldValidation fieldValidation(ApiCall call) {
        return FieldValidation.parse(call.request().queryParam("fieldValidation"));
    }

    private DeleteOptions deleteOptions(ApiCall call) {
        JsonNode body = call.request().body().length == 0 ? Json.object() : decoder.any(call.request());
        return DeleteOptions.from(body, call.dryRun(), call.request().queryParam("gracePeriodSeconds"));
    }

    private static void requireVerb(ApiResource resource, String verb) {
        if (!resource.supports(verb)) {
            throw ApiException.methodNotSupported(resource.groupResource(), verb);
        }
    }
}
