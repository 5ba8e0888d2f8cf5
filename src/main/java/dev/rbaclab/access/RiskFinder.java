package dev.rbaclab.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.store.ObjectReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds risky RBAC in a sandbox, the way krane and the Kubernetes "RBAC good practices" page describe it: verbs that
 * lead to more rights (bind, escalate, impersonate), reading Secrets, exec into pods, wildcards, cluster-admin for a
 * ServiceAccount, grants to everyone (anonymous, unauthenticated, all authenticated users), and extra rights for the
 * default ServiceAccount every pod gets unless it names its own. The default policy (label
 * kubernetes.io/bootstrapping=rbac-defaults) is the cluster's own and is not flagged.
 */
public final class RiskFinder {

    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final Set<String> EVERYONE = Set.of(UserInfo.ANONYMOUS, UserInfo.UNAUTHENTICATED,
            UserInfo.AUTHENTICATED);

    private RiskFinder() {
    }

    public static List<RiskWarning> find(ObjectReader cluster) {
        List<RiskWarning> warnings = new ArrayList<>();
        for (ObjectNode role : cluster.list(RBAC, "clusterroles", "")) {
            if (!bootstrap(role)) {
                roleRisks(warnings, "ClusterRole", role);
            }
        }
        for (ObjectNode role : cluster.list(RBAC, "roles", "")) {
            if (!bootstrap(role)) {
                roleRisks(warnings, "Role", role);
            }
        }
        for (ObjectNode binding : cluster.list(RBAC, "clusterrolebindings", "")) {
            if (!bootstrap(binding)) {
                bindingRisks(warnings, "ClusterRoleBinding", binding);
            }
        }
        for (ObjectNode binding : cluster.list(RBAC, "rolebindings", "")) {
            if (!bootstrap(binding)) {
                bindingRisks(warnings, "RoleBinding", binding);
            }
        }
        return warnings;
    }

    private static boolean bootstrap(JsonNode object) {
        return object.path("metadata").path("labels").path("kubernetes.io/bootstrapping").asText("")
                .equals("rbac-defaults");
    }

    private static void roleRisks(List<RiskWarning> warnings, String kind, JsonNode role) {
        String namespace = role.path("metadata").path("namespace").asText("");
        String name = role.path("metadata").path("name").asText();
        boolean aggregated = role.has("aggregationRule");
        for (JsonNode ruleJson : role.path("rules")) {
            PolicyRule rule = PolicyRule.fromJson(ruleJson);
            String text = rule.compactString();
            if (hasVerb(rule, "bind")) {
                warnings.add(new RiskWarning("bind", RiskWarning.Severity.HIGH, kind, namespace, name, List.of(text)));
            }
            if (hasVerb(rule, "escalate")) {
                warnings.add(new RiskWarning("escalate", RiskWarning.Severity.HIGH, kind, namespace, name, List.of(text)));
            }
            if (hasVerb(rule, "impersonate")) {
                warnings.add(new RiskWarning("impersonate", RiskWarning.Severity.HIGH, kind, namespace, name, List.of(text)));
            }
            if (grants(rule, "", "secrets", Set.of("get", "list", "watch"))) {
                warnings.add(new RiskWarning("secrets", RiskWarning.Severity.HIGH, kind, namespace, name, List.of(text)));
            }
            if (grants(rule, "", "pods/exec", Set.of("create", "get")) || grants(rule, "", "pods/attach", Set.of("create", "get"))) {
                warnings.add(new RiskWarning("exec", RiskWarning.Severity.HIGH, kind, namespace, name, List.of(text)));
            }
            if (!aggregated && (rule.verbs().contains(PolicyRule.ALL) || rule.resources().contains(PolicyRule.ALL)
                    || rule.apiGroups().contains(PolicyRule.ALL) || rule.nonResourceURLs().contains(PolicyRule.ALL))) {
                warnings.add(new RiskWarning("wildcard", RiskWarning.Severity.MEDIUM, kind, namespace, name, List.of(text)));
            }
        }
    }

    private static boolean hasVerb(PolicyRule rule, String verb) {
        return !rule.isNonResourceRule() && (rule.verbs().contains(verb) || rule.verbs().contains(PolicyRule.ALL));
    }

    /** Whether the rule allows one of the verbs on group/resource[/subresource] (any name). */
    private static boolean grants(PolicyRule rule, String group, String resource, Set<String> verbs) {
        if (rule.isNonResourceRule() || !rule.resourceNames().isEmpty()) {
            return false;
        }
        boolean verb = rule.verbs().contains(PolicyRule.ALL) || rule.verbs().stream().anyMatch(verbs::contains);
        boolean apiGroup = rule.apiGroups().contains(PolicyRule.ALL) || rule.apiGroups().contains(group);
        String base = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
        boolean matches = rule.resources().contains(PolicyRule.ALL) || rule.resources().contains(resource)
                || (resource.contains("/") && rule.resources().contains(base + "/*"));
        return verb && apiGroup && matches;
    }

    private static void bindingRisks(List<RiskWarning> warnings, String kind, JsonNode binding) {
        String namespace = binding.path("metadata").path("namespace").asText("");
        String name = binding.path("metadata").path("name").asText();
        String roleKind = binding.path("roleRef").path("kind").asText();
        String roleName = binding.path("roleRef").path("name").asText();
        for (JsonNode subject : binding.path("subjects")) {
            String subjectKind = subject.path("kind").asText();
            String subjectName = subject.path("name").asText();
            String subjectNamespace = subject.path("namespace").asText(namespace);
            if (subjectKind.equals("ServiceAccount") && roleKind.equals("ClusterRole") && roleName.equals("cluster-admin")) {
                warnings.add(new RiskWarning("cluster_admin_sa", RiskWarning.Severity.HIGH, kind, namespace, name,
                        List.of(subjectNamespace + "/" + subjectName)));
            }
            if (EVERYONE.contains(subjectName) && !subjectKind.equals("ServiceAccount")) {
                warnings.add(new RiskWarning("everyone", RiskWarning.Severity.HIGH, kind, namespace, name,
                        List.of(subjectName, roleKind + " " + roleName)));
            }
            boolean defaultAccount = subjectKind.equals("ServiceAccount") && subjectName.equals("default");
            boolean allAccounts = subjectKind.equals("Group") && subjectName.startsWith("system:serviceaccounts");
            if (defaultAccount || allAccounts) {
                warnings.add(new RiskWarning("default_sa", RiskWarning.Severity.MEDIUM, kind, namespace, name,
                        List.of(defaultAccount ? "ServiceAccount " + subjectNamespace + "/default" : "Group " + subjectName,
                                roleKind + " " + roleName)));
            }
        }
    }

    public static ObjectNode toJson(RiskWarning warning, String message) {
        ObjectNode json = Json.object();
        json.put("risk", warning.key());
        json.put("severity", warning.severity().name().toLowerCase(java.util.Locale.ROOT));
        json.put("kind", warning.kind());
        json.put("namespace", warning.namespace());
        json.put("name", warning.name());
        json.set("facts", Json.arrayOf(warning.args()));
        json.put("message", message);
        return json;
    }
}
