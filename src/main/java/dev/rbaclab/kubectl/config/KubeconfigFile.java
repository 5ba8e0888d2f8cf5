package dev.rbaclab.kubectl.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the kubeconfig file format (clientcmd/api/v1 Config) for {@link KubeconfigState}. */
final class KubeconfigFile {

    static final String REDACTED = "REDACTED";
    static final String DATA_OMITTED = "DATA+OMITTED";

    private KubeconfigFile() {
    }

    static KubeconfigState parse(String text) {
        JsonNode root;
        try {
            root = Json.readYaml(text == null ? "" : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            return new KubeconfigState(List.of(), List.of(), List.of(), "");
        }
        List<KubeconfigState.Cluster> clusters = new ArrayList<>();
        for (JsonNode entry : root.path("clusters")) {
            JsonNode cluster = entry.path("cluster");
            clusters.add(new KubeconfigState.Cluster(entry.path("name").asText(), cluster.path("server").asText(""),
                    cluster.path("certificate-authority-data").asText(""),
                    cluster.path("insecure-skip-tls-verify").asBoolean(false)));
        }
        List<KubeconfigState.User> users = new ArrayList<>();
        for (JsonNode entry : root.path("users")) {
            users.add(new KubeconfigState.User(entry.path("name").asText(), entry.path("user").path("token").asText("")));
        }
        List<KubeconfigState.Context> contexts = new ArrayList<>();
        for (JsonNode entry : root.path("contexts")) {
            JsonNode context = entry.path("context");
            contexts.add(new KubeconfigState.Context(entry.path("name").asText(), context.path("cluster").asText(""),
                    context.path("user").asText(""), context.path("namespace").asText("")));
        }
        return new KubeconfigState(clusters, users, contexts, root.path("current-context").asText(""));
    }

    /**
     * The Config object {@code kubectl config view} prints, in the field order of clientcmd/api/v1 Config (the JSON
     * printer keeps it; YAML sorts anyway): secrets replaced unless {@code raw} (clientcmdapi.ShortenConfig).
     * Empty lists are {@code null}: the v1 conversion appends to a nil slice.
     */
    static ObjectNode toJson(KubeconfigState state, boolean raw) {
        ObjectNode config = Json.object();
        config.put("kind", "Config");
        config.put("apiVersion", "v1");
        config.putObject("preferences");
        ArrayNode clusters = Json.array();
        for (KubeconfigState.Cluster cluster : state.clusters()) {
            ObjectNode entry = clusters.addObject();
            entry.put("name", cluster.name());
            ObjectNode body = entry.putObject("cluster");
            body.put("server", cluster.server());
            if (cluster.insecureSkipTlsVerify()) {
                body.put("insecure-skip-tls-verify", true);
            }
            if (!cluster.certificateAuthorityData().isEmpty()) {
                body.put("certificate-authority-data", raw ? cluster.certificateAuthorityData() : DATA_OMITTED);
            }
        }
        setList(config, "clusters", clusters);
        ArrayNode users = Json.array();
        for (KubeconfigState.User user : state.users()) {
            ObjectNode entry = users.addObject();
            entry.put("name", user.name());
            ObjectNode body = entry.putObject("user");
            if (!user.token().isEmpty()) {
                body.put("token", raw ? user.token() : REDACTED);
            }
        }
        setList(config, "users", users);
        ArrayNode contexts = Json.array();
        for (KubeconfigState.Context context : state.contexts()) {
            ObjectNode entry = contexts.addObject();
            entry.put("name", context.name());
            ObjectNode body = entry.putObject("context");
            body.put("cluster", context.cluster());
            body.put("user", context.user());
            if (!context.namespace().isEmpty()) {
                body.put("namespace", context.namespace());
            }
        }
        setList(config, "contexts", contexts);
        config.put("current-context", state.currentContext());
        return config;
    }

    private static void setList(ObjectNode config, String field, ArrayNode entries) {
        if (entries.isEmpty()) {
            config.putNull(field);
        } else {
            config.set(field, entries);
        }
    }
}
