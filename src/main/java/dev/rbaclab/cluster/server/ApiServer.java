package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.Forbidden;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.PlainTextException;
import dev.rbaclab.cluster.api.RequestInfo;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.authn.AuthenticationException;
import dev.rbaclab.cluster.authn.Credentials;
import dev.rbaclab.cluster.authn.Impersonation;
import dev.rbaclab.cluster.authn.UnionAuthenticator;
import dev.rbaclab.cluster.request.RequestInfoResolver;
import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.cluster.store.AuditLog;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The simulated kube-apiserver's request chain, assembled here and only here (as DefaultBuildHandlerChain is):
 * request info → sandbox → authentication → impersonation → authorization → handler (admission and storage
 * happen inside the registry) → audit. Every API request — from kubectl over HTTPS, the console, a pod or a
 * graded check — comes through {@link #serve}.
 */
public final class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final RequestInfoResolver requestInfo;
    private final SandboxLocator sandboxes;
    private final UnionAuthenticator authenticator;
    private final Impersonation impersonation;
    private final Function<Sandbox, Authorizer> authorizers;
    private final ApiHandler handler;
    private final AuditLog audit;
    private final Clock clock;

    public ApiServer(RequestInfoResolver requestInfo, SandboxLocator sandboxes, UnionAuthenticator authenticator,
                     Impersonation impersonation, Function<Sandbox, Authorizer> authorizers, ApiHandler handler,
                     AuditLog audit, Clock clock) {
        this.requestInfo = requestInfo;
        this.sandboxes = sandboxes;
        this.authenticator = authenticator;
        this.impersonation = impersonation;
        this.authorizers = authorizers;
        this.handler = handler;
        this.audit = audit;
        this.clock = clock;
    }

    public ApiResponse serve(ApiRequest request) {
        Instant now = clock.instant();
        Explanation explanation = new Explanation();
        Trail trail = new Trail();
        ApiResponse response;
        try {
            response = chain(request, now, explanation, trail);
        } catch (ApiException e) {
            // the API server's warning recorder writes each warning as a header at once, so a request that fails
            // later (a field validation warning, then a 422) still carries it
            response = ApiResponse.status(e.status()).withWarnings(trail.warnings);
        } catch (PlainTextException e) {
            response = ApiResponse.text(e.code(), e.getMessage() + "\n");
        } catch (RuntimeException e) {
            LOG.error("request {} {} failed", request.method(), request.path(), e);
            response = ApiResponse.status(ApiException.internal(e.getClass().getSimpleName()).status());
        }
        return record(request, ResponseFormat.apply(request, response), now, explanation, trail);
    }

    /** What the chain found out on the way, for the audit event. */
    private static final class Trail {
        Sandbox sandbox;
        UserInfo user;
        RequestInfo info;
        String decision = "error";
        List<String> warnings = new ArrayList<>();
    }

    /**
     * For connections that upgrade (exec over WebSocket): the same stages up to authorization, recorded in the audit
     * log, and the caller takes over the connection. Throws the Status a refused request gets.
     */
    public Connection connect(ApiRequest request) {
        Attempt attempt = attempt(request);
        if (attempt.failure() != null) {
            throw attempt.failure();
        }
        return attempt.connection();
    }

    /**
     * Like {@link #connect}, for callers that show the refusal rather than write it to a socket (the browser
     * console): the refused request's response, with its audit id, instead of an exception.
     */
    public ConnectResult tryConnect(ApiRequest request) {
        Attempt attempt = attempt(request);
        return new ConnectResult(attempt.connection(), attempt.refusal());
    }

    private Attempt attempt(ApiRequest request) {
        Instant now = clock.instant();
        Explanation explanation = new Explanation();
        Trail trail = new Trail();
        try {
            ApiCall call = authorize(request, now, explanation, trail);
            long auditId = record(request, new ApiResponse(101, ApiResponse.JSON, new byte[0], List.of(), 0), now,
                    explanation, trail).auditId();
            return new Attempt(new Connection(call.sandbox(), call.user(), call.info(), auditId), null, null);
        } catch (ApiException e) {
            ApiResponse refusal = record(request, ResponseFormat.apply(request, ApiResponse.status(e.status())), now,
                    explanation, trail);
            return new Attempt(null, refusal, e);
        }
    }

    private record Attempt(Connection connection, ApiResponse refusal, ApiException failure) {
    }

    /** Either an authorized connection or the response that refused it. */
    public record ConnectResult(Connection connection, ApiResponse refusal) {
    }

    /** An authorized connection: whose sandbox, who is connecting, to what. */
    public record Connection(Sandbox sandbox, UserInfo user, RequestInfo info, long auditId) {
    }

    private ApiResponse chain(ApiRequest request, Instant now, Explanation explanation, Trail trail) {
        ApiCall call = authorize(request, now, explanation, trail);
        // 6. admission and storage, inside the handler's registry calls
        return handler.handle(call).withWarnings(trail.warnings);
    }

    private ApiCall authorize(ApiRequest request, Instant now, Explanation explanation, Trail trail) {
        // 1. request info: method + path → verb, resource, namespace, name (or a non-resource path)
        RequestInfo info = requestInfo.resolve(request.method(), request.path(), request.query());
        trail.info = info;
        describe(request, info, explanation);

        // 2. the sandbox the request addresses
        Sandbox sandbox = locate(request);
        trail.sandbox = sandbox;

        // 3. authentication: who is asking (401 for a credential nobody recognises)
        UserInfo user;
        try {
            user = authenticator.authenticate(new Credentials(sandbox, request.bearerToken(), explanation));
        } catch (AuthenticationException e) {
            throw ApiException.unauthorized("Unauthorized");
        }
        trail.user = user;
        Authorizer authorizer = authorizers.apply(sandbox);

        // 4. impersonation: act as someone else, if the real user may (403 otherwise)
        user = impersonation.apply(request.headers(), user, authorizer, explanation, request.uri());
        trail.user = user;

        // 5. authorization: union(system:masters, RBAC); only an allow lets the request through
        Attributes attributes = Attributes.from(user, info);
        AuthorizationResult decision = authorizer.authorize(attributes, explanation);
        if (!decision.allowed()) {
            trail.decision = "forbid";
            throw Forbidden.of(attributes, decision.reason());
        }
        trail.decision = "allow";
        return new ApiCall(request, info, sandbox, user, authorizer, explanation, now, trail.warnings);
    }

    /** How the method and path became the attributes RBAC will look at. */
    private static void describe(ApiRequest request, RequestInfo info, Explanation explanation) {
        if (!info.resourceRequest()) {
            explanation.add(Stage.REQUEST, Mark.INFO, "request.non_resource", request.method(), info.path(), info.verb());
            return;
        }
        var line = explanation.add(Stage.REQUEST, Mark.INFO, "request.resource", request.method(), info.path(),
                info.verb(), info.resourceWithSubresource(), info.apiGroup());
        if (info.namespace().isEmpty()) {
            line.add(Mark.INFO, "request.cluster_scope");
        } else {
            line.add(Mark.INFO, "request.namespace", info.namespace());
        }
        if (!info.name().isEmpty()) {
            line.add(Mark.INFO, "request.name", info.name());
        }
    }

    private Sandbox locate(ApiRequest request) {
        if (request.sandboxId() != null) {
            return sandboxes.byId(request.sandboxId()).orElseThrow(ApiException::pathNotFound);
        }
        String token = request.bearerToken();
        Optional<Sandbox> byToken = token == null ? Optional.empty() : sandboxes.byToken(token);
        // without a cluster in the URL, only a credential can say which sandbox is meant
        return byToken.orElseThrow(() -> ApiException.unauthorized("Unauthorized"));
    }

    private ApiResponse record(ApiRequest request, ApiResponse response, Instant now, Explanation explanation,
                               Trail trail) {
        if (trail.sandbox == null) {
            return response;
        }
        // the Status answer's message and reason (the "why" panel shows them as kubectl would)
        explanation.add(Stage.RESPONSE, response.code() < 400 ? Mark.PASS : Mark.FAIL, "response.code",
                response.code(), statusField(response, "message"), statusField(response, "reason"));
        try {
            long id = audit.record(new AuditEvent(0, trail.sandbox.id(), now, request.source().name(),
                    trail.user == null ? "" : trail.user.name(),
                    trail.info == null ? request.method().toLowerCase() : trail.info.verb(),
                    request.method(), request.uri(), response.code(), trail.decision, explanation.toJson()));
            return response.withAuditId(id);
        } catch (RuntimeException e) {
            LOG.warn("could not record the audit event of {} {}", request.method(), request.path(), e);
            return response;
        }
    }

    private static String statusField(ApiResponse response, String field) {
        if (response.code() < 400 || !response.contentType().startsWith(ApiResponse.JSON)) {
            return response.code() < 400 || field.equals("reason") ? "" : response.bodyText().trim();
        }
        try {
            return Json.parse(response.bodyText()).path(field).asText("");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
