package dev.rbaclab.cluster.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.store.StaticToken;

import java.util.List;

/**
 * A complete kubeconfig for one sandbox: the cluster with the lab's CA (so kubectl verifies TLS), the admin user
 * and context (current), and a context per static user so that {@code kubectl --context alice} works.
 */
final class Kubeconfig {

    private Kubeconfig() {
    }

    static String yaml(String sandboxId, String server, String caData, String adminToken, List<StaticToken> users) {
        String cluster = "rbac-lab-" + sandboxId;
        String adminContext = "kubernetes-admin@" + cluster;
        ObjectNode config = Json.object();
        config.put("apiVersion", "v1");
        ArrayNode clusters = config.putArray("clusters");
        ObjectNode clusterEntry = clusters.addObject();
        clusterEntry.putObject("cluster").put("certificate-authority-data", caData).put("server", server);
        clusterEntry.put("name", cluster);
        ArrayNode contexts = config.putArray("contexts");
        addContext(contexts, adminContext, cluster, "kubernetes-admin");
        for (StaticToken user : users) {
            addContext(contexts, user.user(), cluster, user.user() + "@" + cluster);
        }
        config.put("current-context", adminContext);
        config.put("kind", "Config");
        config.putObject("preferences");
        ArrayNode userList = config.putArray("users");
        ObjectNode admin = userList.addObject();
        admin.put("name", "kubernetes-admin");
        admin.putObject("user").put("token", adminToken);
        for (StaticToken user : users) {
            ObjectNode entry = userList.addObject();
            entry.put("name", user.user() + "@" + cluster);
            entry.putObject("user").put("token", user.token());
        }
        try {
            return Json.YAML.writeValueAsString(config).replaceFirst("^---\\s*\\n", "");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addContext(ArrayNode contexts, String name, String cluster, String user) {
        ObjectNode entry = contexts.addObject();
        entry.putObject("context").put("cluster", cluster).put("user", user);
        entry.put("name", name);
    }
}
