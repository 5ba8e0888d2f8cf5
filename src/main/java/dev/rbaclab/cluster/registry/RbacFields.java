package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared parts of the four RBAC kinds: PolicyRule and Subject validation (pkg/apis/rbac/validation/validation.go),
 * v1 defaulting (pkg/apis/rbac/v1/defaults.go), and field order as the Go types serialize.
 */
final class RbacFields {

    static final String GROUP = "rbac.authorization.k8s.io";

    private RbacFields() {
    }

    static List<FieldError> validateRules(JsonNode rules, boolean namespaced) {
        List<FieldError> errors = new ArrayList<>();
        int i = 0;
        for (JsonNode rule : rules) {
            errors.addAll(validateRule(rule, namespaced, "rules[" + i++ + "]"));
        }
        return errors;
    }

    /** ValidatePolicyRule. */
    static List<FieldError> validateRule(JsonNode rule, boolean namespaced, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (Json.strings(rule.get("verbs")).isEmpty()) {
            errors.add(FieldError.required(path + ".verbs", "verbs must contain at least one value"));
        }
        List<String> urls = Json.strings(rule.get("nonResourceURLs"));
        if (!urls.isEmpty()) {
            FieldError.GoValue value = FieldError.GoValue.strings(urls);
            if (namespaced) {
                errors.add(FieldError.invalid(path + ".nonResourceURLs", value,
                        "namespaced rules cannot apply to non-resource URLs"));
            }
            if (!Json.strings(rule.get("apiGroups")).isEmpty() || !Json.strings(rule.get("resources")).isEmpty()
                    || !Json.strings(rule.get("resourceNames")).isEmpty()) {
                errors.add(FieldError.invalid(path + ".nonResourceURLs", value,
                        "rules cannot apply to both regular resources and non-resource URLs"));
            }
            return errors;
        }
        if (!rule.has("apiGroups") || rule.get("apiGroups").isNull() || rule.get("apiGroups").isEmpty()) {
            errors.add(FieldError.required(path + ".apiGroups", "resource rules must supply at least one api group"));
        }
        if (Json.strings(rule.get("resources")).isEmpty()) {
            errors.add(FieldError.required(path + ".resources", "resource rules must supply at least one resource"));
        }
        return errors;
    }

    /** ValidateRoleBindingSubject. */
    static List<FieldError> validateSubjects(JsonNode subjects, boolean namespaced) {
        List<FieldError> errors = new ArrayList<>();
        int i = 0;
        for (JsonNode subject : subjects) {
            String path = "subjects[" + i++ + "]";
            String name = subject.path("name").asText("");
            String kind = subject.path("kind").asText("");
            String apiGroup = subject.path("apiGroup").asText("");
            if (name.isEmpty()) {
                errors.add(FieldError.required(path + ".name", ""));
            }
            switch (kind) {
                case "ServiceAccount" -> {
                    if (!name.isEmpty()) {
                        for (String problem : NameValidation.dns1123Subdomain(name)) {
                            errors.add(FieldError.invalid(path + ".name", name, problem));
                        }
                    }
                    if (!apiGroup.isEmpty()) {
                        errors.add(FieldError.notSupported(path + ".apiGroup", apiGroup, List.of("")));
                    }
                    if (!namespaced && subject.path("namespace").asText("").isEmpty()) {
                        errors.add(FieldError.required(path + ".namespace", ""));
                    }
                }
                case "User", "Group" -> {
                    if (!apiGroup.equals(GROUP)) {
                        errors.add(FieldError.notSupported(path + ".apiGroup", apiGroup, List.of(GROUP)));
                    }
                }
                default -> errors.add(FieldError.notSupported(path + ".kind", kind,
                        List.of("ServiceAccount", "User", "Group")));
            }
        }
        return errors;
    }

    static List<FieldError> validateRoleRef(JsonNode roleRef, List<String> kinds) {
        List<FieldError> errors = new ArrayList<>();
        String apiGroup = roleRef.path("apiGroup").asText("");
        if (!apiGroup.equals(GROUP)) {
            errors.add(FieldError.notSupported("roleRef.apiGroup", apiGroup, List.of(GROUP)));
        }
        String kind = roleRef.path("kind").asText("");
        if (!kinds.contains(kind)) {
            errors.add(FieldError.notSupported("roleRef.kind", kind, kinds));
        }
        String name = roleRef.path("name").asText("");
        if (name.isEmpty()) {
            errors.add(FieldError.required("roleRef.name", ""));
        } else {
            for (String problem : NameValidation.pathSegment(name)) {
                errors.add(FieldError.invalid("roleRef.name", name, problem));
            }
        }
        return errors;
    }

    /** ValidateRoleBindingUpdate: the roleRef of a binding never changes; delete and recreate instead. */
    static List<FieldError> validateRoleRefUnchanged(ObjectNode object, ObjectNode old) {
        JsonNode now = object.path("roleRef");
        if (now.equals(old.path("roleRef"))) {
            return List.of();
        }
        String go = "rbac.RoleRef{APIGroup:\"" + now.path("apiGroup").asText("") + "\", Kind:\""
                + now.path("kind").asText("") + "\", Name:\"" + now.path("name").asText("") + "\"}";
        return List.of(FieldError.invalid("roleRef", new FieldError.GoValue(go), "cannot change roleRef"));
    }

    /** v1 defaulting: roleRef.apiGroup and User/Group subject apiGroups; then the Go field order. */
    static void defaultBinding(ObjectNode binding) {
        ObjectNode roleRef = binding.get("roleRef") instanceof ObjectNode r ? r : binding.putObject("roleRef");
        if (roleRef.path("apiGroup").asText("").isEmpty()) {
            roleRef.put("apiGroup", GROUP);
        }
        binding.set("roleRef", ordered(roleRef, List.of("apiGroup", "kind", "name")));
        if (binding.get("subjects") instanceof ArrayNode subjects) {
            ArrayNode orderedSubjects = Json.array();
            for (JsonNode subject : subjects) {
                if (!(subject instanceof ObjectNode s)) {
                    orderedSubjects.add(subject);
                    continue;
                }
                String kind = s.path("kind").asText("");
                if (s.path("apiGroup").asText("").isEmpty() && (kind.equals("User") || kind.equals("Group"))) {
                    s.put("apiGroup", GROUP);
                }
                orderedSubjects.add(ordered(s, List.of("kind", "apiGroup", "name", "namespace")));
            }
            binding.set("subjects", orderedSubjects);
        }
    }

    /**
     * Rules in PolicyRule field order, with empty lists dropped (omitempty). {@code rules} itself is not omitempty:
     * a missing or empty list reads back as null, since protobuf storage cannot tell an empty list from none.
     */
    static void normalizeRules(ObjectNode role) {
        JsonNode rules = role.get("rules");
        if (rules == null || rules.isNull() || rules.isArray() && rules.isEmpty()) {
            role.putNull("rules");
            return;
        }
        ArrayNode normalized = Json.array();
        for (JsonNode rule : rules) {
            if (!(rule instanceof ObjectNode r)) {
                normalized.add(rule);
                continue;
            }
            ObjectNode ordered = ordered(r, List.of("verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs"));
            for (String field : List.of("apiGroups", "resources", "resourceNames", "nonResourceURLs")) {
                JsonNode value = ordered.get(field);
                if (value != null && (value.isNull() || value.isEmpty())) {
                    ordered.remove(field);
                }
            }
            normalized.add(ordered);
        }
        role.set("rules", normalized);
    }

    static ObjectNode ordered(ObjectNode node, List<String> order) {
        ObjectNode result = Json.object();
        for (String field : order) {
            if (node.has(field)) {
                result.set(field, node.get(field));
            }
        }
        node.fields().forEachRemaining(e -> {
            if (!result.has(e.getKey())) {
                result.set(e.getKey(), e.getValue());
            }
        });
        return result;
    }
}
