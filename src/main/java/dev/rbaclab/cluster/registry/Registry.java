package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.admission.AdmissionPlugin;
import dev.rbaclab.cluster.admission.AdmissionRequest;
import dev.rbaclab.cluster.admission.Operation;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.GoStrings;
import dev.rbaclab.cluster.api.GroupKind;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.controllers.Controller;
import dev.rbaclab.cluster.controllers.ControllerContext;
import dev.rbaclab.cluster.registry.patch.JsonPatch;
import dev.rbaclab.cluster.registry.patch.MergePatch;
import dev.rbaclab.cluster.registry.patch.PatchException;
import dev.rbaclab.cluster.registry.patch.StrategicMergePatch;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.ObjectStore;
import dev.rbaclab.cluster.store.WriteTransaction;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The generic registry (k8s.io/apiserver pkg/registry/generic/registry/store.go) over the sandbox object store:
 * create, read, update, patch and delete with admission, the kind's strategy and the controllers in one write
 * transaction per request.
 */
public final class Registry {

    private final ObjectStore store;
    private final AdmissionPlugin admission;
    private final Controller controllers;

    public Registry(ObjectStore store, AdmissionPlugin admission, Controller controllers) {
        this.store = store;
        this.admission = admission;
        this.controllers = controllers;
    }

    public ObjectReader reader(RestContext context) {
        return store.reader(context.sandbox());
    }

    public ObjectNode get(RestContext context, ApiResource resource, String namespace, String name) {
        ObjectKey key = new ObjectKey(resource.group(), resource.resource(), namespace, name);
        return store.reader(context.sandbox()).get(key)
                .orElseThrow(() -> ApiException.notFound(resource.groupResource(), name));
    }

    /** Objects of a resource matching the options, in key order. */
    public List<ObjectNode> list(RestContext context, ApiResource resource, String namespace, ListOptions options) {
        return Lists.filter(resource, store.reader(context.sandbox()).list(resource.group(), resource.resource(), namespace),
                options);
    }

    public long resourceVersion(RestContext context) {
        return store.reader(context.sandbox()).resourceVersion();
    }

    public ObjectNode create(RestContext context, ApiResource resource, String namespace, ObjectNode body, boolean dryRun,
                             FieldValidation fieldValidation) {
        Strategy strategy = Strategies.of(resource.groupResource());
        ObjectNode object = body.deepCopy();
        Preparation.checkTypeMeta(object, resource);
        checkDecodable(object, resource);
        checkFields(context, object, resource, fieldValidation);
        Namespaces.setFromRequest(object, resource, namespace);
        return store.write(context.sandbox(), tx -> {
            AdmissionRequest request = admissionRequest(context, Operation.CREATE, resource, namespace,
                    Meta.name(object), object, null, tx, dryRun);
            admission.admit(request);
            Preparation.beforeCreate(object, resource, strategy, context.now());
            AdmissionRequest validating = admissionRequest(context, Operation.CREATE, resource, namespace,
                    Meta.name(object), object, null, tx, dryRun);
            admission.validate(validating);
            context.warnings().addAll(strategy.warnings(object));
            ObjectNode ordered = Meta.ordered(object, strategy.fieldOrder());
            if (dryRun) {
                return ordered;
            }
            ObjectKey key = keyOf(resource, ordered);
            ObjectNode stored = tx.create(key, ordered);
            context.explanation().add(Stage.STORAGE, Mark.PASS, "storage.created", resource.groupResource(),
                    Meta.namespace(stored), Meta.name(stored), Meta.resourceVersion(stored));
            controllers.created(controllerContext(context, tx), key, stored);
            return stored;
        });
    }

    /** PUT: replaces the object; a stale resourceVersion in the body is a Conflict. */
    public ObjectNode update(RestContext context, ApiResource resource, String namespace, String name, ObjectNode body,
                             boolean dryRun, FieldValidation fieldValidation) {
        ObjectNode object = body.deepCopy();
        Preparation.checkTypeMeta(object, resource);
        checkDecodable(object, resource);
        checkFields(context, object, resource, fieldValidation);
        Namespaces.setFromRequest(object, resource, namespace);
        String bodyName = Meta.name(object);
        if (!bodyName.equals(name)) {
            throw ApiException.badRequest("the name of the object (" + bodyName + ") does not match the name on the URL ("
                    + name + ")");
        }
        long expected = Meta.resourceVersion(object);
        if (expected < 0) {
            throw ApiException.badRequest("metadata.resourceVersion: Invalid value: \""
                    + object.path("metadata").path("resourceVersion").asText() + "\": must be a valid resourceVersion");
        }
        return store.write(context.sandbox(), tx -> {
            ObjectKey key = new ObjectKey(resource.group(), resource.resource(), namespace, name);
            ObjectNode old = tx.get(key).orElseThrow(() -> ApiException.notFound(resource.groupResource(), name));
            if (expected != 0 && expected != Meta.resourceVersion(old)) {
                throw ApiException.staleResourceVersion(resource.groupResource(), name);
            }
            Meta.metadata(object).put("resourceVersion", Long.toString(Meta.resourceVersion(old)));
            return applyUpdate(context, resource, key, object, old, tx, dryRun);
        });
    }

    public ObjectNode patch(RestContext context, ApiResource resource, String namespace, String name, PatchType type,
                            JsonNode patch, boolean dryRun, FieldValidation fieldValidation) {
        return store.write(context.sandbox(), tx -> {
            ObjectKey key = new ObjectKey(resource.group(), resource.resource(), namespace, name);
            Optional<ObjectNode> current = tx.get(key);
            if (current.isEmpty()) {
                if (type == PatchType.APPLY) {
                    // server-side apply of a missing object creates it
                    return null;
                }
                throw ApiException.notFound(resource.groupResource(), name);
            }
            ObjectNode old = current.get();
            ObjectNode patched = applyPatch(old, type, patch, resource);
            Preparation.checkTypeMeta(patched, resource);
            checkDecodable(patched, resource);
            checkPatchedFields(context, patched, resource, type, patch, fieldValidation);
            long precondition = Meta.resourceVersion(patched);
            if (precondition != 0 && precondition != Meta.resourceVersion(old)) {
                throw ApiException.staleResourceVersion(resource.groupResource(), name);
            }
            Meta.metadata(patched).put("resourceVersion", Long.toString(Meta.resourceVersion(old)));
            Namespaces.setFromRequest(patched, resource, namespace);
            if (!Meta.name(patched).equals(name)) {
                throw ApiException.badRequest("the name of the object (" + Meta.name(patched)
                        + ") does not match the name on the URL (" + name + ")");
            }
            return applyUpdate(context, resource, key, patched, old, tx, dryRun);
        });
    }

    private ObjectNode applyUpdate(RestContext context, ApiResource resource, ObjectKey key, ObjectNode object,
                                   ObjectNode old, WriteTransaction tx, boolean dryRun) {
        Strategy strategy = Strategies.of(resource.groupResource());
        AdmissionRequest request = admissionRequest(context, Operation.UPDATE, resource, key.namespace(), key.name(),
                object, old, tx, dryRun);
        admission.admit(request);
        Preparation.beforeUpdate(object, old, resource, strategy);
        admission.validate(request);
        context.warnings().addAll(strategy.warnings(object));
        ObjectNode ordered = Meta.ordered(object, strategy.fieldOrder());
        if (ordered.equals(old)) {
            // an update that changes nothing is not written: the resourceVersion stays (kubectl: "unchanged")
            context.explanation().add(Stage.STORAGE, Mark.INFO, "storage.unchanged", resource.groupResource(),
                    key.namespace(), key.name());
            return old;
        }
        if (dryRun) {
            return ordered;
        }
        ObjectNode stored = tx.update(key, ordered, Meta.resourceVersion(old));
        context.explanation().add(Stage.STORAGE, Mark.PASS, "storage.updated", resource.groupResource(),
                key.namespace(), key.name(), Meta.resourceVersion(stored));
        controllers.updated(controllerContext(context, tx), key, stored, old);
        return stored;
    }

    private static ObjectNode applyPatch(ObjectNode old, PatchType type, JsonNode patch, ApiResource resource) {
        JsonNode result;
        try {
            result = switch (type) {
                case JSON -> JsonPatch.apply(old, patch);
                case MERGE -> MergePatch.apply(old, patch);
                // server-side apply merges lists by their keys (containers by name) and keeps what defaulting and
                // admission set, as the strategic merge does; the lab keeps no managedFields, so a field an earlier
                // apply set and this one omits stays (real SSA would remove it from the applier's set)
                case STRATEGIC, APPLY -> StrategicMergePatch.apply(old, patch, resource.kind());
            };
        } catch (PatchException e) {
            if (e.invalid()) {
                // patch.go answers errors.NewGenericServerResponse(422, ...), whose generic sentence replaces the
                // json-patch library's message: kubectl prints "The request is invalid: the server rejected ..."
                throw new ApiException(dev.rbaclab.cluster.api.Status.failure(422, "Invalid",
                        "the server rejected our request due to an error in our request",
                        dev.rbaclab.cluster.api.StatusDetails.EMPTY));
            }
            throw ApiException.badRequest(e.getMessage());
        }
        if (!(result instanceof ObjectNode object)) {
            throw ApiException.badRequest("the patch did not produce an object");
        }
        return object;
    }

    /** DELETE of one object: pods and namespaces answer with the object being deleted, others with a Status. */
    public ObjectNode delete(RestContext context, ApiResource resource, String namespace, String name,
                             DeleteOptions options) {
        return store.write(context.sandbox(), tx -> {
            ObjectKey key = new ObjectKey(resource.group(), resource.resource(), namespace, name);
            ObjectNode old = tx.get(key).orElseThrow(() -> ApiException.notFound(resource.groupResource(), name));
            options.checkPreconditions(resource.groupResource(), old);
            AdmissionRequest request = admissionRequest(context, Operation.DELETE, resource, namespace, name, null, old,
                    tx, options.dryRun());
            admission.admit(request);
            admission.validate(request);
            if (!options.dryRun()) {
                tx.delete(key);
                context.explanation().add(Stage.STORAGE, Mark.PASS, "storage.deleted", resource.groupResource(),
                        namespace, name);
                controllers.deleted(controllerContext(context, tx), key, old);
            }
            return Deletions.response(resource, old, context.now(), options);
        });
    }

    /** DELETE of a collection: every matching object, answered as a list of what was deleted. */
    public List<ObjectNode> deleteCollection(RestContext context, ApiResource resource, String namespace,
                                             ListOptions listOptions, DeleteOptions options) {
        return store.write(context.sandbox(), tx -> {
            List<ObjectNode> deleted = new ArrayList<>();
            for (ObjectNode old : Lists.filter(resource, tx.list(resource.group(), resource.resource(), namespace), listOptions)) {
                ObjectKey key = keyOf(resource, old);
                AdmissionRequest request = admissionRequest(context, Operation.DELETE, resource, key.namespace(),
                        key.name(), null, old, tx, options.dryRun());
                admission.admit(request);
                admission.validate(request);
                if (!options.dryRun()) {
                    tx.delete(key);
                    controllers.deleted(controllerContext(context, tx), key, old);
                }
                deleted.add(old);
            }
            return deleted;
        });
    }

    /** Runs work that needs a write transaction outside the generic flow (TokenRequest, subresources). */
    public <T> T inTransaction(RestContext context, java.util.function.Function<WriteTransaction, T> work) {
        return store.write(context.sandbox(), work);
    }

    private ControllerContext controllerContext(RestContext context, WriteTransaction tx) {
        return new ControllerContext(context.sandbox(), tx, context.explanation(), context.now(), controllers);
    }

    private static AdmissionRequest admissionRequest(RestContext context, Operation operation, ApiResource resource,
                                                     String namespace, String name, ObjectNode object, ObjectNode old,
                                                     ObjectReader cluster, boolean dryRun) {
        return new AdmissionRequest(operation, resource.groupResource(), resource.subresource(), namespace, name,
                object, old, context.user(), cluster, context.sandbox(), context.explanation(), dryRun);
    }

    static ObjectKey keyOf(ApiResource resource, JsonNode object) {
        return new ObjectKey(resource.group(), resource.resource(), resource.namespaced() ? Meta.namespace(object) : "",
                Meta.name(object));
    }

    /**
     * Fields a patch brought in that the kind does not have (patch.go): dropped, with a warning each under Warn (what
     * kubectl patch gets, sending no fieldValidation), or under Strict (apply, edit) a 422 that shows the patch as
     * Go prints it. Server-side apply decodes its own way; its unknown fields are only dropped.
     */
    private static void checkPatchedFields(RestContext context, ObjectNode patched, ApiResource resource, PatchType type,
                                           JsonNode patch, FieldValidation validation) {
        String patchedJson = Json.write(patched);
        List<String> unknown = KnownFields.strip(resource.groupKind(), patched);
        if (unknown.isEmpty() || validation == FieldValidation.IGNORE || type == PatchType.APPLY) {
            return;
        }
        if (validation == FieldValidation.WARN) {
            context.warnings().addAll(unknown);
            return;
        }
        // applyPatchToObject shows a strategic merge patch with %+v, jsonPatcher the patched object's JSON
        String shown = type == PatchType.STRATEGIC ? GoStrings.value(patch) : patchedJson;
        throw ApiException.invalid(new GroupKind("", ""), "", List.of(FieldError.invalid("patch", shown,
                "strict decoding error: " + String.join(", ", unknown))));
    }

    private static void checkDecodable(ObjectNode object, ApiResource resource) {
        if (resource.kind().equals("Secret")) {
            String problem = SecretStrategy.decodeProblem(object);
            if (problem != null) {
                throw ApiException.undecodable(resource, problem);
            }
        }
    }

    /** Fields the kind does not have (create.go, update.go): dropped, and a strict decoding error or warnings. */
    private static void checkFields(RestContext context, ObjectNode object, ApiResource resource, FieldValidation validation) {
        List<String> unknown = KnownFields.strip(resource.groupKind(), object);
        if (unknown.isEmpty() || validation == FieldValidation.IGNORE) {
            return;
        }
        if (validation == FieldValidation.WARN) {
            context.warnings().addAll(unknown);
            return;
        }
        throw ApiException.undecodable(resource, "strict decoding error: " + String.join(", ", unknown));
    }
}
