package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.client.RestClient;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.KubectlError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --validate} as kubectl v1.32 does it (cli-runtime resource/query_param_verifier_v3.go): with strict or warn
 * validation, ask the server's OpenAPI v3 whether the kind's PATCH operation takes {@code fieldValidation}; if so
 * the server validates ({@code fieldValidation=Strict}), otherwise kubectl would need {@code /openapi/v2} to validate
 * by itself, and reports that it cannot download it.
 */
public final class FieldValidation {

    private final RestClient client;
    private final String directive;
    private JsonNode root;
    private final Map<String, JsonNode> documents = new HashMap<>();

    /** @param validate the {@code --validate} value: strict (or true), warn, ignore (or false) */
    public FieldValidation(RestClient client, String validate) {
        this.client = client;
        this.directive = switch (validate.toLowerCase(java.util.Locale.ROOT)) {
            case "strict", "true" -> "Strict";
            case "warn" -> "Warn";
            case "ignore", "false" -> "Ignore";
            default -> throw new CommandError("invalid - validate option \"" + validate
                    + "\"; must be one of: strict (or true), warn, ignore (or false)");
        };
    }

    /** The {@code fieldValidation} query value. */
    public String directive() {
        return directive;
    }

    /** Checks that the server validates this kind; the error kubectl reports otherwise. */
    public void check(String apiVersion, String kind, String source) {
        if (directive.equals("Ignore")) {
            return;
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        if (apiVersion.equals("v1") && kind.equals("List")) {
            // query_param_verifier_v3.go: a v1 List is never "supported"; kubectl validates it with /openapi/v2
            if (!openApiV2()) {
                throw new CommandError("error validating \"" + source + "\": error validating data: the server could "
                        + "not find the requested resource; if you choose to ignore these errors, turn validation off "
                        + "with --validate=false");
            }
            return;
        }
        if (!supported(group, version, kind)) {
            throw new CommandError("error validating \"" + source + "\": error validating data: failed to download "
                    + "openapi: the server could not find the requested resource; if you choose to ignore these errors, "
                    + "turn validation off with --validate=false");
        }
    }

    private boolean openApiV2() {
        return client.exchange(new Request("GET", "/openapi/v2", Map.of(),
                "application/com.github.proto-openapi.spec.v2@v1.0+protobuf", null, null, null, null)).code() == 200;
    }

    private boolean supported(String group, String version, String kind) {
        try {
            if (root == null) {
                root = client.send(new Request("GET", "/openapi/v3", Map.of("timeout", List.of("32s")),
                        Request.DISCOVERY, null, null, null, null)).json();
            }
            String key = group.isEmpty() ? "api/" + version : "apis/" + group + "/" + version;
            JsonNode entry = root.path("paths").path(key);
            if (entry.isMissingNode()) {
                return false;
            }
            JsonNode document = documents.get(key);
            if (document == null) {
                String url = entry.path("serverRelativeURL").asText();
                String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
                Request request = new Request("GET", path, Map.of(), Request.JSON, null, null, null, null);
                if (url.contains("?hash=")) {
                    request = request.withQuery("hash", url.substring(url.indexOf("?hash=") + 6));
                }
                document = client.send(request.withQuery("timeout", "32s")).json();
                documents.put(key, document);
            }
            for (JsonNode path : document.path("paths")) {
                JsonNode patch = path.path("patch");
                JsonNode gvk = patch.path("x-kubernetes-group-version-kind");
                if (gvk.path("kind").asText().equals(kind) && gvk.path("group").asText().equals(group)
                        && gvk.path("version").asText().equals(version)) {
                    for (JsonNode parameter : patch.path("parameters")) {
                        if (parameter.path("name").asText().equals("fieldValidation")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (KubectlError e) {
            return false;
        }
    }
}
