package dev.rbaclab.web;

import dev.rbaclab.access.AccessMatrix;
import dev.rbaclab.access.AccessService;
import dev.rbaclab.access.AccessSubject;
import dev.rbaclab.access.RbacGraph;
import dev.rbaclab.access.WhoCan;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.ExplanationRenderer;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "See access" for the learner's own sandbox: the permission matrix of a subject with what the last RBAC change did
 * to it, who can do something, the RBAC graph with its sentences, and the risk warnings.
 */
final class AccessPages {

    private static final Set<String> VIEWS = Set.of("matrix", "who-can", "graph", "risks");

    private final Pages pages;
    private final Workbenches workbenches;
    private final AccessService access;

    AccessPages(Pages pages, Workbenches workbenches, AccessService access) {
        this.pages = pages;
        this.workbenches = workbenches;
        this.access = access;
    }

    void page(Context ctx) {
        Optional<Workbench> found = workbenches.find(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        Sandbox sandbox = found.get().sandbox();
        Locale locale = Locales.of(ctx);
        String view = VIEWS.contains(ctx.queryParam("view")) ? ctx.queryParam("view") : "matrix";
        AccessQuery query = AccessQuery.of(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("query", query);
        model.put("namespaces", access.namespaces(sandbox));
        model.put("risks", AccessViews.risks(access.risks(sandbox), locale));
        switch (view) {
            case "matrix" -> {
                Optional<AccessSubject> subject = query.subject(access, sandbox);
                model.put("subjectMissing", subject.isEmpty());
                subject.ifPresent(s -> {
                    AccessMatrix matrix = access.matrix(sandbox, s, query.scope());
                    Optional<AccessService.Diff> diff = access.diff(sandbox, s, query.scope());
                    model.put("subject", s.label());
                    model.put("matrix", AccessViews.matrix(matrix, diff.map(AccessService.Diff::changes).orElse(List.of())));
                    model.put("diffKnown", diff.isPresent());
                    model.put("changes", diff.map(AccessService.Diff::changes).orElse(List.of()));
                });
            }
            case "who-can" -> {
                if (ctx.queryParam("verb") != null) {
                    WhoCan.Query whoCan = AccessQuery.whoCan(ctx);
                    model.put("whoCan", whoCan);
                    model.put("grants", access.whoCan(sandbox, whoCan));
                }
            }
            case "graph" -> {
                boolean hideSystem = !"show".equals(ctx.queryParam("system"));
                RbacGraph graph = access.graph(sandbox, query.scope(), hideSystem, locale);
                model.put("graph", graph);
                model.put("hideSystem", hideSystem);
            }
            default -> {
            }
        }
        pages.render(ctx, "access", model);
    }

    /** One matrix cell explained (the fragment under the matrix). */
    void explain(Context ctx) {
        Workbench workbench = workbenches.require(ctx);
        AccessQuery query = AccessQuery.of(ctx);
        AccessSubject subject = query.subject(access, workbench.sandbox()).orElseThrow(WebException::notFound);
        String verb = Optional.ofNullable(ctx.queryParam("verb")).orElse("get");
        Explanation explanation = access.explain(workbench.sandbox(), subject, verb, query.scope(),
                Optional.ofNullable(ctx.queryParam("group")).orElse(""), Optional.ofNullable(ctx.queryParam("resource")).orElse(""),
                Optional.ofNullable(ctx.queryParam("subresource")).orElse(""), "", null);
        Map<String, Object> model = new HashMap<>();
        model.put("lines", ExplanationRenderer.render(explanation, Locales.of(ctx)));
        model.put("title", subject.label() + " · " + verb + " " + ctx.queryParam("resource")
                + (query.scope().isEmpty() ? "" : " · ns/" + query.scope()));
        pages.fragment(ctx, "explain", model);
    }
}
