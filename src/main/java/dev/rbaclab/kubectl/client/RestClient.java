package dev.rbaclab.kubectl.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.Source;
import dev.rbaclab.kubectl.ApiTransport;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * client-go's REST client for the console: adds the headers kubectl sends (bearer token, impersonation,
 * Kubectl-Command, Kubectl-Session, User-Agent), prints the server's warnings once each (rest.WarningWriter with
 * deduplication), keeps the audit id of every exchange, and turns error answers into StatusErrors.
 */
public final class RestClient {

    public static final String USER_AGENT = "kubectl/v1.32.4 (linux/amd64) kubernetes/4cb5f07";

    private final ApiTransport transport;
    private final ClientIdentity identity;
    private final String command;
    private final String session = UUID.randomUUID().toString();
    private final Consumer<String> stderr;
    private final Set<String> warned = new LinkedHashSet<>();
    private final List<Long> auditIds;

    public RestClient(ApiTransport transport, ClientIdentity identity, String command, Consumer<String> stderr,
                      List<Long> auditIds) {
        this.transport = transport;
        this.identity = identity;
        this.command = command;
        this.stderr = stderr;
        this.auditIds = auditIds;
    }

    public ClientIdentity identity() {
        return identity;
    }

    /** Sends a request; a non-2xx answer throws the StatusError kubectl would see. */
    public Response send(Request request) {
        ApiResponse response = exchange(request);
        if (response.code() >= 200 && response.code() < 300) {
            return new Response(response.code(), response.contentType(), response.body());
        }
        throw statusError(request, response);
    }

    /** Sends a request and returns the answer whatever its code (for callers that look at 404s themselves). */
    public ApiResponse exchange(Request request) {
        ApiResponse response = transport.send(toApiRequest(request, Map.of()));
        observe(response);
        return response;
    }

    /**
     * The request as it goes over the wire, with the headers kubectl adds and {@code extraHeaders} (the upgrade
     * headers of {@code exec}). Refused like {@link #exchange} when the server is not a lab sandbox.
     */
    public ApiRequest toApiRequest(Request request, Map<String, List<String>> extraHeaders) {
        if (identity.sandboxId() == null) {
            throw new ConnectionRefused(identity.serverUrl(), request);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of(request.accept()));
        headers.put("User-Agent", List.of(USER_AGENT));
        headers.put("Kubectl-Command", List.of(command));
        headers.put("Kubectl-Session", List.of(session));
        if (request.contentType() != null) {
            headers.put("Content-Type", List.of(request.contentType()));
        }
        if (!identity.token().isEmpty()) {
            headers.put("Authorization", List.of("Bearer " + identity.token()));
        }
        if (!identity.asUser().isEmpty()) {
            headers.put("Impersonate-User", List.of(identity.asUser()));
        }
        if (!identity.asGroups().isEmpty()) {
            headers.put("Impersonate-Group", identity.asGroups());
        }
        if (!identity.asUid().isEmpty()) {
            headers.put("Impersonate-Uid", List.of(identity.asUid()));
        }
        headers.putAll(extraHeaders);
        return new ApiRequest(request.method(), identity.sandboxId(), request.path(), request.query(), headers,
                request.body(), Source.CONSOLE);
    }

    /** Records what every answer brings: its audit id, and its warnings printed once each. */
    public void observe(ApiResponse response) {
        if (response.auditId() != 0) {
            auditIds.add(response.auditId());
        }
        for (String warning : response.warnings()) {
            if (warned.add(warning)) {
                stderr.accept("Warning: " + warning + "\n");
            }
        }
    }

    /** client-go transformResponse: a Status body as sent, anything else as NewGenericServerResponse. */
    public static StatusError statusError(Request request, ApiResponse response) {
        String type = response.contentType() == null ? "" : response.contentType();
        if (type.startsWith("application/json")) {
            try {
                JsonNode body = Json.parse(response.bodyText());
                if (body instanceof ObjectNode status && "Status".equals(body.path("kind").asText())) {
                    if (!status.has("code")) {
                        status.put("code", response.code());
                    }
                    return new StatusError(status);
                }
            } catch (IllegalArgumentException e) {
                // not JSON after all: treated as an unstructured answer below
            }
        }
        boolean text = type.startsWith("text/");
        String serverMessage = text ? response.bodyText().strip() : "unknown";
        return GenericServerResponse.of(response.code(), request, serverMessage);
    }

    /** The warnings printed so far, in order (tests and the explain view may want them). */
    public List<String> warnings() {
        return new ArrayList<>(warned);
    }
}
