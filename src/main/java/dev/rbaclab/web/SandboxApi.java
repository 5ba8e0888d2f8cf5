package dev.rbaclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.sandbox.SandboxService;
import dev.rbaclab.cluster.server.ServerVersion;
import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.cluster.store.AuditLog;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.store.StaticToken;
import dev.rbaclab.learners.Learner;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lab's HTTP API for sandboxes: create, fetch the kubeconfig, delete, read the audit log, list and add static
 * users. Only the owner may use a sandbox: the learner who created it (cookie) or whoever holds its admin token.
 */
final class SandboxApi {

    private final SandboxService sandboxes;
    private final AuditLog audit;
    private final Session session;

    SandboxApi(SandboxService sandboxes, AuditLog audit, Session session) {
        this.sandboxes = sandboxes;
        this.audit = audit;
        this.session = session;
    }

    void create(Context ctx) {
        session.requireCsrf(ctx);
        ServerVersion version = null;
        if (!ctx.body().isBlank()) {
            JsonNode body = WebJson.body(ctx);
            if (body.hasNonNull("serverVersion")) {
                try {
                    version = ServerVersion.parse(body.get("serverVersion").asText());
                } catch (IllegalArgumentException e) {
                    throw WebException.badRequest("error.bad_version");
                }
            }
        }
        Learner owner = session.learnerOrRegister(ctx, null);
        SandboxCreated created = sandboxes.create(owner.id(), version);
        ObjectNode json = Json.object();
        json.put("id", created.id());
        json.put("server", created.server());
        json.put("token", created.token());
        json.put("kubeconfig", created.kubeconfig());
        ctx.status(201);
        WebJson.write(ctx, json);
    }

    void kubeconfig(Context ctx) {
        Sandbox sandbox = owned(ctx);
        ctx.contentType("application/yaml");
        ctx.header("Content-Disposition", "attachment; filename=\"kubeconfig-" + sandbox.id() + ".yaml\"");
        ctx.result(sandboxes.describe(sandbox).kubeconfig());
    }

    void delete(Context ctx) {
        session.requireCsrf(ctx);
        Sandbox sandbox = owned(ctx);
        sandboxes.delete(sandbox.id());
        ctx.status(204);
    }

    void audit(Context ctx) {
        Sandbox sandbox = owned(ctx);
        long after = parseLong(ctx.queryParam("after"));
        int limit = (int) Math.min(500, Math.max(1, parseLong(ctx.queryParam("limit")) == 0 ? 100 : parseLong(ctx.queryParam("limit"))));
        ArrayNode events = Json.array();
        for (AuditEvent event : audit.recent(sandbox.id(), after, limit)) {
            events.add(WebJson.auditEvent(event));
        }
        ObjectNode json = Json.object();
        json.set("items", events);
        WebJson.write(ctx, json);
    }

    void users(Context ctx) {
        Sandbox sandbox = owned(ctx);
        ArrayNode users = Json.array();
        for (StaticToken token : sandboxes.users(sandbox.id())) {
            users.add(WebJson.staticUser(token));
        }
        ObjectNode json = Json.object();
        json.set("items", users);
        WebJson.write(ctx, json);
    }

    void addUser(Context ctx) {
        session.requireCsrf(ctx);
        Sandbox sandbox = owned(ctx);
        JsonNode body = WebJson.body(ctx);
        String name = body.path("name").asText("").trim();
        if (name.isEmpty() || name.length() > 253 || name.startsWith("system:")) {
            throw WebException.badRequest("error.bad_user_name");
        }
        List<String> groups = new ArrayList<>();
        for (JsonNode group : body.path("groups")) {
            String g = group.asText("").trim();
            if (g.isEmpty() || g.length() > 253 || g.equals("system:masters")) {
                throw WebException.badRequest("error.bad_group_name");
            }
            groups.add(g);
        }
        StaticToken token = sandboxes.addUser(sandbox.id(), name, body.path("uid").asText(""), groups);
        ctx.status(201);
        WebJson.write(ctx, WebJson.staticUser(token));
    }

    /** The sandbox of the path if the caller owns it; 404 otherwise, so that ids cannot be probed. */
    Sandbox owned(Context ctx) {
        Optional<Sandbox> sandbox = sandboxes.find(ctx.pathParam("id"));
        if (sandbox.isEmpty() || !isOwner(ctx, sandbox.get())) {
            throw WebException.notFound();
        }
        return sandbox.get();
    }

    private boolean isOwner(Context ctx, Sandbox sandbox) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            String token = authorization.substring("Bearer ".length()).trim();
            return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    sandbox.adminToken().getBytes(StandardCharsets.UTF_8));
        }
        return session.learner(ctx).map(l -> l.id().equals(sandbox.ownerId())).orElse(false);
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
