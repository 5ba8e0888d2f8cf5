package dev.rbaclab.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.access.AccessMatrix;
import dev.rbaclab.access.AccessService;
import dev.rbaclab.access.AccessSubject;
import dev.rbaclab.access.RbacGraph;
import dev.rbaclab.access.RiskFinder;
import dev.rbaclab.access.WhoCan;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.store.Sandbox;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The access views as JSON under {@code /api/sandboxes/{id}/access/...}, for lesson checks, graders and scripts:
 * the sandbox's owner (learner cookie) or anyone holding its admin token.
 */
final class AccessApi {

    private final SandboxApi sandboxes;
    private final AccessService access;

    AccessApi(SandboxApi sandboxes, AccessService access) {
        this.sandboxes = sandboxes;
        this.access = access;
    }

    void matrix(Context ctx) {
        Sandbox sandbox = sandboxes.owned(ctx);
        AccessQuery query = AccessQuery.of(ctx);
        AccessSubject subject = query.subject(access, sandbox).orElseThrow(() -> WebException.badRequest("error.bad_request"));
        WebJson.write(ctx, matrixJson(access.matrix(sandbox, subject, query.scope())));
    }

    void diff(Context ctx) {
        Sandbox sandbox = sandboxes.owned(ctx);
        AccessQuery query = AccessQuery.of(ctx);
        AccessSubject subject = query.subject(access, sandbox).orElseThrow(() -> WebException.badRequest("error.bad_request"));
        Optional<AccessService.Diff> diff = access.diff(sandbox, subject, query.scope());
        ObjectNode json = Json.object();
        json.put("subject", subject.label());
        json.put("scope", query.scope());
        json.put("known", diff.isPresent());
        ArrayNode granted = json.putArray("granted");
        ArrayNode revoked = json.putArray("revoked");
        diff.ifPresent(d -> d.changes().forEach(change -> (change.granted() ? granted : revoked).addObject()
                .put("resource", change.row().label()).put("verb", change.verb())));
        WebJson.write(ctx, json);
    }

    void whoCan(Context ctx) {
        Sandbox sandbox = sandboxes.owned(ctx);
        WhoCan.Query query = AccessQuery.whoCan(ctx);
        ObjectNode json = Json.object();
        ArrayNode grants = json.putArray("grants");
        for (WhoCan.Grant grant : access.whoCan(sandbox, query)) {
            grants.addObject().put("subjectKind", grant.subjectKind()).put("subject", grant.subjectName())
                    .put("subjectNamespace", grant.subjectNamespace()).put("bindingKind", grant.bindingKind())
                    .put("bindingNamespace", grant.bindingNamespace()).put("binding", grant.bindingName())
                    .put("roleKind", grant.roleKind()).put("role", grant.roleName()).put("rule", grant.rule());
        }
        WebJson.write(ctx, json);
    }

    void graph(Context ctx) {
        Sandbox sandbox = sandboxes.owned(ctx);
        RbacGraph graph = access.graph(sandbox, AccessQuery.of(ctx).scope(), !"show".equals(ctx.queryParam("system")),
                Locales.of(ctx));
        ObjectNode json = Json.object();
        ArrayNode nodes = json.putArray("nodes");
        graph.nodes().forEach(n -> nodes.addObject().put("id", n.id()).put("column", n.column().name().toLowerCase(Locale.ROOT))
                .put("kind", n.kind()).put("name", n.name()));
        ArrayNode edges = json.putArray("edges");
        graph.edges().forEach(e -> edges.addObject().put("from", e.from()).put("to", e.to()));
        json.set("sentences", Json.arrayOf(graph.sentences()));
        WebJson.write(ctx, json);
    }

    void risks(Context ctx) {
        Sandbox sandbox = sandboxes.owned(ctx);
        Locale locale = "ko".equals(ctx.queryParam("lang")) ? Locale.KOREAN : Locale.ENGLISH;
        ObjectNode json = Json.object();
        ArrayNode risks = json.putArray("risks");
        for (AccessViews.RiskView view : AccessViews.risks(access.risks(sandbox), locale)) {
            risks.add(RiskFinder.toJson(view.warning(), view.message()));
        }
        WebJson.write(ctx, json);
    }

    static ObjectNode matrixJson(AccessMatrix matrix) {
        ObjectNode json = Json.object();
        json.put("subject", matrix.subject().label());
        json.put("user", matrix.subject().user().name());
        json.put("scope", matrix.namespace());
        json.set("verbs", Json.arrayOf(matrix.verbs()));
        ArrayNode rows = json.putArray("rows");
        for (int r = 0; r < matrix.rows().size(); r++) {
            ObjectNode row = rows.addObject();
            row.put("resource", matrix.rows().get(r).label());
            ObjectNode cells = row.putObject("allowed");
            List<String> verbs = matrix.verbs();
            for (int v = 0; v < verbs.size(); v++) {
                Boolean allowed = matrix.allowed(r, v);
                if (allowed != null) {
                    cells.put(verbs.get(v), allowed);
                }
            }
        }
        return json;
    }
}
