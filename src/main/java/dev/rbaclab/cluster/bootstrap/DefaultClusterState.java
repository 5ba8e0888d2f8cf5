package dev.rbaclab.cluster.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.store.DefaultObjects;
import dev.rbaclab.cluster.store.ObjectKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the {@link DefaultObjects} every sandbox shares. */
public final class DefaultClusterState {

    /** The namespaces kubeadm leaves behind. */
    public static final List<String> NAMESPACES = List.of("default", "kube-node-lease", "kube-public", "kube-system");

    public static final String NODE_NAME = "lab-control-plane";

    private static final List<String> POLICY_FILES = List.of(
            "bootstrap-policy/cluster-roles.yaml",
            "bootstrap-policy/aggregated-user-facing-roles.yaml",
            "bootstrap-policy/cluster-role-bindings.yaml",
            "bootstrap-policy/namespace-roles.yaml",
            "bootstrap-policy/namespace-role-bindings.yaml");

    /** Optional extra policy: the kube-controller-manager's roles and bindings, when present on the classpath. */
    private static final List<String> OPTIONAL_POLICY_FILES = List.of(
            "bootstrap-policy/controller-roles.yaml",
            "bootstrap-policy/controller-role-bindings.yaml");

    private final ResourceCatalog catalog;

    public DefaultClusterState(ResourceCatalog catalog) {
        this.catalog = catalog;
    }

    public DefaultObjects build(String caCertificatePem) {
        List<ObjectNode> objects = new ArrayList<>();
        for (String namespace : NAMESPACES) {
            objects.add(ClusterObjects.namespace(namespace));
            objects.add(ClusterObjects.defaultServiceAccount(namespace));
            objects.add(ClusterObjects.rootCaConfigMap(namespace, caCertificatePem));
        }
        objects.addAll(ClusterObjects.controllerServiceAccounts());
        objects.add(ClusterObjects.kubernetesService());
        objects.add(ClusterObjects.kubeDnsService());
        objects.add(ClusterObjects.node(NODE_NAME));
        objects.addAll(policy());

        List<ObjectKey> keys = new ArrayList<>();
        Set<ObjectKey> seen = new LinkedHashSet<>();
        List<ObjectNode> unique = new ArrayList<>();
        for (ObjectNode object : objects) {
            ObjectKey key = keyOf(object);
            // aggregated-user-facing-roles.yaml carries the computed view/edit/admin; it replaces the empty originals
            if (seen.contains(key)) {
                int index = keys.indexOf(key);
                unique.set(index, object);
                continue;
            }
            seen.add(key);
            keys.add(key);
            unique.add(object);
        }
        return new DefaultObjects(unique, keys, digest(unique));
    }

    private List<ObjectNode> policy() {
        List<ObjectNode> objects = new ArrayList<>();
        for (String file : POLICY_FILES) {
            objects.addAll(items(Json.readYamlResource(file)));
        }
        for (String file : OPTIONAL_POLICY_FILES) {
            if (DefaultClusterState.class.getClassLoader().getResource(file) != null) {
                objects.addAll(items(Json.readYamlResource(file)));
            }
        }
        return objects;
    }

    private static List<ObjectNode> items(JsonNode list) {
        List<ObjectNode> result = new ArrayList<>();
        for (JsonNode item : list.path("items")) {
            ObjectNode object = ((ObjectNode) item).deepCopy();
            Meta.metadata(object).remove("creationTimestamp");
            result.add(Meta.ordered(object, List.of("rules", "aggregationRule", "subjects", "roleRef")));
        }
        return result;
    }

    private ObjectKey keyOf(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        ApiResource resource = catalog.findKind(group, version, object.path("kind").asText())
                .orElseThrow(() -> new IllegalStateException("no resource for " + apiVersion + " " + object.path("kind")));
        return new ObjectKey(group, resource.name(), resource.namespaced() ? Meta.namespace(object) : "", Meta.name(object));
    }

    private static String digest(List<ObjectNode> objects) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ObjectNode object : objects) {
                sha.update(Json.write(object).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
