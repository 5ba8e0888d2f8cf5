package dev.rbaclab.cluster.rbac;

import dev.rbaclab.cluster.api.GoStrings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.util.List;

/** rbacv1.PolicyRule. A rule is a resource rule or a non-resource rule, never both (validation makes sure). */
public record PolicyRule(List<String> verbs, List<String> apiGroups, List<String> resources,
                         List<String> resourceNames, List<String> nonResourceURLs) {

    public static final String ALL = "*";

    public PolicyRule {
        verbs = List.copyOf(verbs);
        apiGroups = List.copyOf(apiGroups);
        resources = List.copyOf(resources);
        resourceNames = List.copyOf(resourceNames);
        nonResourceURLs = List.copyOf(nonResourceURLs);
    }

    public static PolicyRule resource(List<String> verbs, List<String> apiGroups, List<String> resources) {
        return new PolicyRule(verbs, apiGroups, resources, List.of(), List.of());
    }

    public static PolicyRule resource(List<String> verbs, List<String> apiGroups, List<String> resources,
                                      List<String> resourceNames) {
        return new PolicyRule(verbs, apiGroups, resources, resourceNames, List.of());
    }

    public static PolicyRule nonResource(List<String> verbs, List<String> urls) {
        return new PolicyRule(verbs, List.of(), List.of(), List.of(), urls);
    }

    public static PolicyRule fromJson(JsonNode rule) {
        return new PolicyRule(Json.strings(rule.get("verbs")), Json.strings(rule.get("apiGroups")),
                Json.strings(rule.get("resources")), Json.strings(rule.get("resourceNames")),
                Json.strings(rule.get("nonResourceURLs")));
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.set("verbs", Json.arrayOf(verbs));
        if (!apiGroups.isEmpty()) {
            node.set("apiGroups", Json.arrayOf(apiGroups));
        }
        if (!resources.isEmpty()) {
            node.set("resources", Json.arrayOf(resources));
        }
        if (!resourceNames.isEmpty()) {
            node.set("resourceNames", Json.arrayOf(resourceNames));
        }
        if (!nonResourceURLs.isEmpty()) {
            node.set("nonResourceURLs", Json.arrayOf(nonResourceURLs));
        }
        return node;
    }

    /**
     * CompactString (pkg/apis/rbac/v1/evaluation_helpers.go): only the non-empty fields, each list as Go's %q,
     * e.g. {@code {APIGroups:[""], Resources:["pods"], Verbs:["get" "list"]}}.
     */
    public String compactString() {
        StringBuilder sb = new StringBuilder("{");
        appendField(sb, "APIGroups", apiGroups);
        appendField(sb, "Resources", resources);
        appendField(sb, "NonResourceURLs", nonResourceURLs);
        appendField(sb, "ResourceNames", resourceNames);
        appendField(sb, "Verbs", verbs);
        return sb.append('}').toString();
    }

    private static void appendField(StringBuilder sb, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (sb.length() > 1) {
            sb.append(", ");
        }
        sb.append(name).append(":").append(GoStrings.quotedList(values));
    }

    /** The Go %v of the rule as kubectl sorts them ({@code &PolicyRule{Verbs:[get],...}}). */
    public String goString() {
        return "&PolicyRule{Verbs:" + GoStrings.list(verbs) + ",APIGroups:" + GoStrings.list(apiGroups)
                + ",Resources:" + GoStrings.list(resources) + ",ResourceNames:" + GoStrings.list(resourceNames)
                + ",NonResourceURLs:" + GoStrings.list(nonResourceURLs) + ",}";
    }

    public boolean isNonResourceRule() {
        return !nonResourceURLs.isEmpty();
    }
}
