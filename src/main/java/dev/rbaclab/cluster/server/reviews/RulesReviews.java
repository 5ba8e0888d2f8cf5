package dev.rbaclab.cluster.server.reviews;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupKind;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleResolver;
import dev.rbaclab.cluster.server.ApiCall;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.BodyDecoder;
import dev.rbaclab.cluster.store.Sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * SelfSubjectRulesReview (pkg/registry/authorization/selfsubjectrulesreview/rest.go): every rule the caller holds
 * in a namespace, as {@code kubectl auth can-i --list} shows them. The system:masters shortcut is not a rule
 * resolver, so masters see what RBAC grants them.
 */
public final class RulesReviews {

    private final BodyDecoder decoder;
    private final Function<Sandbox, RuleResolver> resolvers;

    public RulesReviews(BodyDecoder decoder, Function<Sandbox, RuleResolver> resolvers) {
        this.decoder = decoder;
        this.resolvers = resolvers;
    }

    public ApiResponse selfSubject(ApiCall call) {
        ObjectNode body = decoder.object(call.request());
        ReviewResponses.requireEmptyMetadata(body, new GroupKind("authorization.k8s.io", "SelfSubjectRulesReview"), false);
        String namespace = body.path("spec").path("namespace").asText("");
        if (namespace.isEmpty()) {
            throw ApiException.badRequest("no namespace on request");
        }
        RuleResolver.Rules rules = resolvers.apply(call.sandbox()).rulesFor(call.user(), namespace);
        ArrayNode resourceRules = Json.array();
        ArrayNode nonResourceRules = Json.array();
        for (PolicyRule rule : rules.rules()) {
            if (!rule.resources().isEmpty() || rule.nonResourceURLs().isEmpty()) {
                ObjectNode r = resourceRules.addObject();
                r.set("verbs", Json.arrayOf(rule.verbs()));
                putList(r, "apiGroups", rule.apiGroups());
                putList(r, "resources", rule.resources());
                putList(r, "resourceNames", rule.resourceNames());
            }
            if (!rule.nonResourceURLs().isEmpty()) {
                ObjectNode n = nonResourceRules.addObject();
                n.set("verbs", Json.arrayOf(rule.verbs()));
                putList(n, "nonResourceURLs", rule.nonResourceURLs());
            }
        }
        ObjectNode status = Json.object();
        status.set("resourceRules", resourceRules);
        status.set("nonResourceRules", nonResourceRules);
        status.put("incomplete", false);
        if (!rules.errors().isEmpty()) {
            List<String> unique = new ArrayList<>(new java.util.LinkedHashSet<>(rules.errors()));
            status.put("evaluationError", unique.size() == 1 ? unique.get(0) : "[" + String.join(", ", unique) + "]");
        }
        ObjectNode spec = Json.object();
        spec.put("namespace", namespace);
        return ReviewResponses.created("authorization.k8s.io/v1", "SelfSubjectRulesReview", null, spec, status);
    }

    private static void putList(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            node.set(field, Json.arrayOf(values));
        }
    }
}
