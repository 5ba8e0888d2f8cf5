package dev.rbaclab.kubectl.rbac;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.printers.GoValues;

import java.util.List;

/** rbacv1.PolicyRule as kubectl handles it client-side; lists are never null (Go's nil prints as {@code []}). */
public record Rule(List<String> verbs, List<String> apiGroups, List<String> resources, List<String> resourceNames,
                   List<String> nonResourceURLs) {

    public Rule {
        verbs = List.copyOf(verbs);
        apiGroups = List.copyOf(apiGroups);
        resources = List.copyOf(resources);
        resourceNames = List.copyOf(resourceNames);
        nonResourceURLs = List.copyOf(nonResourceURLs);
    }

    public static Rule fromJson(JsonNode rule) {
        return new Rule(Json.strings(rule.path("verbs")), Json.strings(rule.path("apiGroups")),
                Json.strings(rule.path("resources")), Json.strings(rule.path("resourceNames")),
                Json.strings(rule.path("nonResourceURLs")));
    }

    /** The generated String() of PolicyRule, which kubectl sorts rules by. */
    public String goString() {
        return "&PolicyRule{Verbs:" + GoValues.list(verbs) + ",APIGroups:" + GoValues.list(apiGroups)
                + ",Resources:" + GoValues.list(resources) + ",ResourceNames:" + GoValues.list(resourceNames)
                + ",NonResourceURLs:" + GoValues.list(nonResourceURLs) + ",}";
    }
}
