package dev.rbaclab.curriculum;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.lessons.SetupAction;
import dev.rbaclab.testing.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Applies a step's setup to a sandbox as its admin, as the lesson player's "reset this step" does. */
final class SetupRunner {

    private static final ResourceCatalog CATALOG = ResourceCatalog.load();

    private SetupRunner() {
    }

    static void apply(SetupAction action, ApiClient admin, CommandRunner console) {
        if (action instanceof SetupAction.Apply apply) {
            JsonNode object;
            try {
                object = Json.YAML.readTree(apply.yaml());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String apiVersion = object.path("apiVersion").asText();
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
            ApiResource resource = CATALOG.findKind(group, version, object.path("kind").asText()).orElseThrow();
            String namespace = object.path("metadata").path("namespace").asText("default");
            String path = path(group, version, resource.name(), resource.namespaced() ? namespace : "",
                    object.path("metadata").path("name").asText());
            ApiClient.Response response = admin.patch(path, "application/apply-patch+yaml", Json.write(object));
            if (response.code() >= 300) {
                throw new IllegalStateException("setup apply failed: " + response.body());
            }
        } else if (action instanceof SetupAction.Delete delete) {
            String version = delete.group().isEmpty() ? "v1" : CATALOG.find(delete.group(), delete.resource()).orElseThrow().version();
            ApiClient.Response response = admin.delete(path(delete.group(), version, delete.resource(), delete.namespace(), delete.name()));
            if (response.code() >= 300 && response.code() != 404) {
                throw new IllegalStateException("setup delete failed: " + response.body());
            }
        } else if (action instanceof SetupAction.Run run) {
            CommandRunner.Outcome outcome = console.run(run.command());
            if (outcome.exitCode() != 0 && !outcome.stderr().contains("AlreadyExists") && !outcome.stderr().contains("already exists")) {
                throw new IllegalStateException("setup command failed: " + run.command() + "\n" + outcome.stderr());
            }
        }
    }

    static String path(String group, String version, String resource, String namespace, String name) {
        String base = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        return base + (namespace.isEmpty() ? "" : "/namespaces/" + namespace) + "/" + resource + "/" + name;
    }
}
