package dev.rbaclab.kubectl.cmd.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.GoJson;
import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.printers.GoYaml;

import java.util.List;
import java.util.Map;

/**
 * {@code kubectl version} (staging/src/k8s.io/kubectl/pkg/cmd/version/version.go): the console's client is kubectl
 * v1.32.4 with kustomize v5.5.0; the server part comes from {@code GET /version}.
 */
public final class VersionCommand implements Command {

    public static final String CLIENT_VERSION = "v1.32.4";
    public static final String KUSTOMIZE_VERSION = "v5.5.0";
    private static final int CLIENT_MINOR = 32;

    @Override
    public void run(CommandContext context) {
        if (!context.args().isEmpty()) {
            throw new CommandError("extra arguments: " + GoValues.list(context.args()));
        }
        String output = context.flags().string("output");
        if (!output.isEmpty() && !output.equals("yaml") && !output.equals("json")) {
            throw new CommandError("--output must be 'yaml' or 'json'");
        }
        boolean clientOnly = context.flags().bool("client");
        JsonNode server = null;
        KubectlError serverError = null;
        if (!clientOnly) {
            try {
                Request request = new Request("GET", "/version", Map.of("timeout", List.of("32s")),
                        "application/json, */*", null, null, null, null);
                server = context.client().send(request).json();
            } catch (KubectlError e) {
                serverError = e;
            }
        }
        if (output.isEmpty()) {
            context.out().print("Client Version: " + CLIENT_VERSION + "\n");
            context.out().print("Kustomize Version: " + KUSTOMIZE_VERSION + "\n");
            if (server != null) {
                context.out().print("Server Version: " + server.path("gitVersion").asText() + "\n");
                skewWarning(context, server);
            }
        } else {
            ObjectNode versions = Json.object();
            versions.set("clientVersion", clientInfo());
            versions.put("kustomizeVersion", KUSTOMIZE_VERSION);
            if (server != null) {
                versions.set("serverVersion", server);
            }
            if (output.equals("yaml")) {
                context.out().print(GoYaml.marshal(versions) + "\n");
            } else {
                context.out().print(GoJson.indentedInOrder(versions, "  ") + "\n");
            }
            if (server != null) {
                skewWarning(context, server);
            }
        }
        if (serverError != null) {
            throw serverError;
        }
    }

    private static void skewWarning(CommandContext context, JsonNode server) {
        String minor = server.path("minor").asText().replace("+", "");
        try {
            int serverMinor = Integer.parseInt(minor);
            if (Math.abs(serverMinor - CLIENT_MINOR) > 1) {
                context.out().printErr("WARNING: version difference between client (1." + CLIENT_MINOR
                        + ") and server (1." + serverMinor + ") exceeds the supported minor version skew of +/-1\n");
            }
        } catch (NumberFormatException e) {
            // a server that reports no numeric minor gets no skew check, as in version.go
        }
    }

    private static ObjectNode clientInfo() {
        ObjectNode info = Json.object();
        info.put("major", "1");
        info.put("minor", Integer.toString(CLIENT_MINOR));
        info.put("gitVersion", CLIENT_VERSION);
        info.put("gitCommit", "4cb5f0764b8d5f425645c6f433394fede34a8a26");
        info.put("gitTreeState", "clean");
        info.put("buildDate", "2025-05-15T20:09:34Z");
        info.put("goVersion", "go1.23.8");
        info.put("compiler", "gc");
        info.put("platform", "linux/amd64");
        return info;
    }
}
