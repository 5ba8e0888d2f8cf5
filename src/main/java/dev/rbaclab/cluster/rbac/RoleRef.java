package dev.rbaclab.cluster.rbac;

import com.fasterxml.jackson.databind.JsonNode;

/** rbacv1.RoleRef. */
public record RoleRef(String apiGroup, String kind, String name) {

    public static RoleRef fromJson(JsonNode node) {
        return new RoleRef(node.path("apiGroup").asText(""), node.path("kind").asText(""), node.path("name").asText(""));
    }

    public boolean isClusterRole() {
        return kind.equals("ClusterRole");
    }
}
