package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.errors.NoResourceMatchError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule of {@code create role} and {@code create clusterrole} (create_role.go): verbs and resource names without
 * duplicates ({@code *} alone wins), resources resolved through discovery ({@code po} → pods,
 * {@code deploy} → deployments in apps, {@code pods/log} keeps its subresource), one rule per API group in group
 * order, and the special verbs checked against the resources they apply to.
 */
final class RoleRules {

    static final Set<String> RESOURCE_VERBS = Set.of("*", "get", "delete", "list", "create", "update", "patch",
            "watch", "proxy", "deletecollection", "use", "bind", "escalate", "impersonate");
    static final Set<String> NON_RESOURCE_VERBS = Set.of("*", "get", "post", "put", "delete", "patch", "head", "options");
    private static final Map<String, List<String>> SPECIAL_VERBS = Map.of(
            "use", List.of("policy/podsecuritypolicies", "extensions/podsecuritypolicies"),
            "bind", List.of("rbac.authorization.k8s.io/roles", "rbac.authorization.k8s.io/clusterroles"),
            "escalate", List.of("rbac.authorization.k8s.io/roles", "rbac.authorization.k8s.io/clusterroles"),
            "impersonate", List.of("/users", "/serviceaccounts", "/groups", "authentication.k8s.io/userextras",
                    "authentication.k8s.io/uids"));

    /** A --resource value split into resource, group and subresource. */
    record ResourceOption(String resource, String group, String subresource) {
    }

    private RoleRules() {
    }

    static List<String> verbs(List<String> given) {
        List<String> verbs = new ArrayList<>();
        for (String v : given) {
            if (v.equals("*")) {
                return List.of("*");
            }
            if (!verbs.contains(v)) {
                verbs.add(v);
            }
        }
        return verbs;
    }

    static List<String> distinct(List<String> values) {
        List<String> out = new ArrayList<>();
        values.stream().filter(v -> !out.contains(v)).forEach(out::add);
        return out;
    }

    static List<ResourceOption> resources(List<String> given) {
        List<ResourceOption> out = new ArrayList<>();
        for (String r : given) {
            String[] sections = r.split("/", 2);
            String[] parts = sections[0].split("\\.", 2);
            ResourceOption option = new ResourceOption(parts[0], parts.length == 2 ? parts[1] : "",
                    sections.length == 2 ? sections[1] : "");
            if (option.resource().equals("*") && parts.length == 1 && sections.length == 1) {
                return List.of(option);
            }
            out.add(option);
        }
        return out;
    }

    /** validateResource: the special verbs, then that every resource exists. */
    static void validate(CommandContext context, List<String> verbs, List<ResourceOption> resources) {
        for (ResourceOption r : resources) {
            if (r.resource().isEmpty()) {
                throw new CommandError("resource must be specified if apiGroup/subresource specified");
            }
            if (r.resource().equals("*")) {
                return;
            }
            Optional<ResourceMapping> found = resourceFor(context, r);
            String resource = found.map(ResourceMapping::resource).orElse(r.resource());
            String group = found.map(ResourceMapping::group).orElse(r.group());
            for (String v : verbs) {
                List<String> allowed = SPECIAL_VERBS.get(v);
                if (allowed != null && !allowed.contains(group + "/" + resource)) {
                    throw new CommandError("can not perform '" + v + "' on '" + resource + "' in group '" + group + "'");
                }
            }
            if (found.isEmpty()) {
                throw new NoResourceMatchError(r.resource(), r.group(), "");
            }
        }
    }

    /** generateResourcePolicyRules */
    static ArrayNode rules(CommandContext context, List<String> verbs, List<ResourceOption> resources,
                           List<String> resourceNames, List<String> nonResourceUrls) {
        Map<String, List<String>> byGroup = new TreeMap<>();
        for (ResourceOption r : resources) {
            Optional<ResourceMapping> found = r.resource().equals("*") ? Optional.empty() : resourceFor(context, r);
            String resource = found.map(ResourceMapping::resource).orElse(r.resource());
            String group = found.map(ResourceMapping::group).orElse(r.group());
            if (!r.subresource().isEmpty()) {
                resource = resource + "/" + r.subresource();
            }
            List<String> list = byGroup.computeIfAbsent(group, g -> new ArrayList<>());
            if (!list.contains(resource)) {
                list.add(resource);
            }
        }
        ArrayNode rules = Json.array();
        for (Map.Entry<String, List<String>> e : byGroup.entrySet()) {
            ObjectNode rule = rules.addObject();
            rule.set("verbs", Json.arrayOf(verbs));
            rule.set("apiGroups", Json.arrayOf(List.of(e.getKey())));
            rule.set("resources", Json.arrayOf(e.getValue()));
            if (!resourceNames.isEmpty()) {
                rule.set("resourceNames", Json.arrayOf(resourceNames));
            }
        }
        if (!nonResourceUrls.isEmpty()) {
            ObjectNode rule = rules.addObject();
            rule.set("verbs", Json.arrayOf(verbs));
            rule.set("nonResourceURLs", Json.arrayOf(nonResourceUrls));
        }
        return rules;
    }

    // mapper.ResourceFor: a resource (or short name, or singular) in the given group, or in any group
    private static Optional<ResourceMapping> resourceFor(CommandContext context, ResourceOption r) {
        String arg = r.group().isEmpty() ? r.resource() : r.resource() + "." + r.group();
        Optional<ResourceMapping> found = context.mapper().lookup(arg);
        if (found.isEmpty()) {
            context.discovery().invalidate();
            found = context.mapper().lookup(arg);
        }
        return found;
    }
}
