package dev.rbaclab.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.cluster.bootstrap.DefaultClusterState;
import dev.rbaclab.cluster.store.DefaultObjects;

import java.time.Instant;

/** The full default policy of a sandbox plus 50 learner Roles and RoleBindings, as the authorizer sees it. */
final class BenchPolicy {

    static final String RBAC = "rbac.authorization.k8s.io";

    private BenchPolicy() {
    }

    static RbacPolicy build() {
        DefaultObjects defaults = new DefaultClusterState(ResourceCatalog.load()).build("-----BEGIN CERTIFICATE-----\n");
        MemoryReader reader = new MemoryReader();
        Instant now = Instant.now();
        for (String resource : new String[]{"clusterroles", "clusterrolebindings", "roles", "rolebindings"}) {
            defaults.list(RBAC, resource, "", "bench", now).forEach(o -> reader.add(RBAC, resource, o));
        }
        for (int i = 0; i < 50; i++) {
            String namespace = "team-" + i;
            reader.add(RBAC, "roles", role(namespace, "app-reader"));
            reader.add(RBAC, "rolebindings", binding(namespace, "app-reader", "app"));
        }
        return RbacPolicy.load(reader);
    }

    private static ObjectNode role(String namespace, String name) {
        return (ObjectNode) Json.parse("{\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + namespace + "\"},"
                + "\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"pods\",\"pods/log\",\"services\"],\"verbs\":[\"get\",\"list\",\"watch\"]},"
                + "{\"apiGroups\":[\"apps\"],\"resources\":[\"deployments\"],\"verbs\":[\"get\",\"list\"]},"
                + "{\"apiGroups\":[\"\"],\"resources\":[\"configmaps\"],\"resourceNames\":[\"app-config\"],\"verbs\":[\"get\"]}]}");
    }

    private static ObjectNode binding(String namespace, String role, String serviceAccount) {
        return (ObjectNode) Json.parse("{\"metadata\":{\"name\":\"" + role + "\",\"namespace\":\"" + namespace + "\"},"
                + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Role\",\"name\":\"" + role + "\"},"
                + "\"subjects\":[{\"kind\":\"ServiceAccount\",\"name\":\"" + serviceAccount + "\"},"
                + "{\"kind\":\"Group\",\"apiGroup\":\"rbac.authorization.k8s.io\",\"name\":\"developers\"}]}");
    }
}
