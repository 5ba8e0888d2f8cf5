package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;

/**
 * Namespaces (pkg/registry/core/namespace/strategy.go): phase Active, the {@code kubernetes} finalizer, and the
 * immutable label {@code kubernetes.io/metadata.name}. Status and finalizers change only through their subresources.
 */
final class NamespaceStrategy implements Strategy {

    static final String NAME_LABEL = "kubernetes.io/metadata.name";

    @Override
    public NameValidation.Rule nameRule() {
        return NameValidation::dns1123Label;
    }

    @Override
    public void prepareForCreate(ObjectNode object) {
        ObjectNode spec = object.with("spec");
        JsonNode finalizers = spec.get("finalizers");
        boolean hasKubernetes = false;
        if (finalizers instanceof ArrayNode list) {
            for (JsonNode f : list) {
                hasKubernetes |= f.asText().equals("kubernetes");
            }
        }
        if (!hasKubernetes) {
            (finalizers instanceof ArrayNode list ? list : spec.putArray("finalizers")).add("kubernetes");
        }
        object.remove("status");
        object.putObject("status").put("phase", "Active");
        setNameLabel(object);
    }

    @Override
    public void prepareForUpdate(ObjectNode object, ObjectNode old) {
        object.set("status", old.path("status").deepCopy());
        object.set("spec", old.path("spec").deepCopy());
        setNameLabel(object);
    }

    private static void setNameLabel(ObjectNode object) {
        String name = Meta.name(object);
        if (!name.isEmpty()) {
            Meta.metadata(object).with("labels").put(NAME_LABEL, name);
        }
    }
}
