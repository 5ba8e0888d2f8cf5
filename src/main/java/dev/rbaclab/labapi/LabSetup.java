package dev.rbaclab.labapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.ApiResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.lessons.SetupAction;
import dev.rbaclab.progress.SetupApplier;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Applies a step's setup as the sandbox admin: objects by server-side apply, deletions (a missing object is fine),
 * and console commands run in a lab-owned console (an object that already exists is fine).
 */
public final class LabSetup implements SetupApplier {

    private final LabClient client;
    private final ResourceCatalog catalog;
    private final Function<String, Optional<Sandbox>> sandboxes;
    private final BiFunction<Sandbox, String, CommandOutcome> console;

    /** What a setup command printed to stderr and its exit status. */
    public record CommandOutcome(int exitCode, String stderr) {
    }

    public LabSetup(LabClient client, ResourceCatalog catalog, Function<String, Optional<Sandbox>> sandboxes,
                    BiFunction<Sandbox, String, CommandOutcome> console) {
        this.client = client;
        this.catalog = catalog;
        this.sandboxes = sandboxes;
        this.console = console;
    }

    @Override
    public String apply(String sandboxId, SetupAction action) {
        Sandbox sandbox = sandboxes.apply(sandboxId).orElse(null);
        if (sandbox == null) {
            return "no sandbox " + sandboxId;
        }
        if (action instanceof SetupAction.Apply apply) {
            return applyObject(sandbox, apply.yaml());
        }
        if (action instanceof SetupAction.Delete delete) {
            Optional<ApiResource> resource = catalog.find(delete.group(), delete.resource());
            if (resource.isEmpty()) {
                return "unknown resource " + delete.resource();
            }
            ApiResponse response = client.delete(sandbox, LabClient.path(delete.group(), resource.get().version(),
                    delete.resource(), resource.get().namespaced() ? delete.namespace() : "", delete.name()));
            return response.code() < 300 || response.code() == 404 ? null : response.bodyText();
        }
        SetupAction.Run run = (SetupAction.Run) action;
        CommandOutcome outcome = console.apply(sandbox, run.command());
        boolean exists = outcome.stderr().contains("AlreadyExists") || outcome.stderr().contains("already exists");
        return outcome.exitCode() == 0 || exists ? null : run.command() + ": " + outcome.stderr().trim();
    }

    private String applyObject(Sandbox sandbox, String yaml) {
        JsonNode object;
        try {
            object = Json.readYaml(yaml);
        } catch (IOException e) {
            return "setup YAML does not parse: " + e.getMessage();
        }
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
        Optional<ApiResource> resource = catalog.findKind(group, version, object.path("kind").asText());
        if (resource.isEmpty()) {
            return "unknown kind " + apiVersion + " " + object.path("kind").asText();
        }
        String namespace = resource.get().namespaced() ? object.path("metadata").path("namespace").asText("default") : "";
        ApiResponse response = client.apply(sandbox, LabClient.path(group, version, resource.get().name(), namespace,
                object.path("metadata").path("name").asText()), Json.write(object));
        return response.code() < 300 ? null : response.bodyText();
    }
}
