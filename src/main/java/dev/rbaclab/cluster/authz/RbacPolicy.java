package dev.rbaclab.cluster.authz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RoleRef;
import dev.rbaclab.cluster.rbac.Subject;
import dev.rbaclab.cluster.store.ObjectReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable snapshot of a sandbox's RBAC objects, indexed by subject: for a user, the bindings that can apply
 * to them are found without scanning every binding. Bindings are visited ClusterRoleBindings first, then the
 * RoleBindings of the request's namespace, each group by name (Kubernetes leaves the order unspecified).
 */
public final class RbacPolicy {

    static final String RBAC_GROUP = "rbac.authorization.k8s.io";
    /** Roles' rules and bindings are values: equal ones (the defaults, in every sandbox) are kept once. */
    private static final Interner<List<PolicyRule>> RULES = new Interner<>();
    private static final Interner<Binding> BINDINGS = new Interner<>();

    private final List<Binding> clusterRoleBindings;
    private final Map<String, List<Binding>> roleBindings;
    private final Map<String, List<PolicyRule>> clusterRoles;
    private final Map<String, List<PolicyRule>> roles;
    private final Map<Binding, Integer> order = new IdentityHashMap<>();
    private final Map<String, List<Binding>> byUserName = new HashMap<>();
    private final Map<String, List<Binding>> byGroup = new HashMap<>();

    RbacPolicy(List<Binding> clusterRoleBindings, List<Binding> roleBindings, Map<String, List<PolicyRule>> clusterRoles,
               Map<String, List<PolicyRule>> roles) {
        this.clusterRoleBindings = sorted(clusterRoleBindings);
        Map<String, List<Binding>> byNamespace = new TreeMap<>();
        for (Binding binding : sorted(roleBindings)) {
            byNamespace.computeIfAbsent(binding.namespace(), ns -> new ArrayList<>()).add(binding);
        }
        this.roleBindings = byNamespace;
        this.clusterRoles = Map.copyOf(clusterRoles);
        this.roles = Map.copyOf(roles);
        int position = 0;
        for (Binding binding : this.clusterRoleBindings) {
            index(binding, position++);
        }
        for (List<Binding> list : byNamespace.values()) {
            for (Binding binding : list) {
                index(binding, position++);
            }
        }
    }

    public static RbacPolicy load(ObjectReader reader) {
        List<Binding> crbs = new ArrayList<>();
        reader.list(RBAC_GROUP, "clusterrolebindings", "").forEach(o -> crbs.add(BINDINGS.intern(Binding.fromJson(o))));
        List<Binding> rbs = new ArrayList<>();
        reader.list(RBAC_GROUP, "rolebindings", "").forEach(o -> rbs.add(BINDINGS.intern(Binding.fromJson(o))));
        Map<String, List<PolicyRule>> clusterRoles = new LinkedHashMap<>();
        reader.list(RBAC_GROUP, "clusterroles", "").forEach(o -> clusterRoles.put(name(o), rules(o)));
        Map<String, List<PolicyRule>> roles = new LinkedHashMap<>();
        reader.list(RBAC_GROUP, "roles", "").forEach(o -> roles.put(namespace(o) + "/" + name(o), rules(o)));
        return new RbacPolicy(crbs, rbs, clusterRoles, roles);
    }

    private void index(Binding binding, int position) {
        order.put(binding, position);
        for (Subject subject : binding.subjects()) {
            switch (subject.kind()) {
                case Subject.USER -> add(byUserName, subject.name(), binding);
                case Subject.GROUP -> add(byGroup, subject.name(), binding);
                case Subject.SERVICE_ACCOUNT -> {
                    String namespace = subject.serviceAccountNamespace(binding.namespace());
                    if (!namespace.isEmpty()) {
                        add(byUserName, UserInfo.SERVICE_ACCOUNT_PREFIX + namespace + ":" + subject.name(), binding);
                    }
                }
                default -> {
                    // validation refuses other kinds; they never apply
                }
            }
        }
    }

    private static void add(Map<String, List<Binding>> index, String key, Binding binding) {
        List<Binding> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != binding) {
            list.add(binding);
        }
    }

    /**
     * The bindings that apply to the user for a request in {@code namespace} ("" = cluster scope), in visit order:
     * ClusterRoleBindings, then RoleBindings of that namespace.
     */
    public List<Binding> bindingsFor(UserInfo user, String namespace) {
        List<Binding> candidates = new ArrayList<>(byUserName.getOrDefault(user.name(), List.of()));
        for (String group : user.groups()) {
            candidates.addAll(byGroup.getOrDefault(group, List.of()));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Binding> result = new ArrayList<>(candidates.size());
        Set<Binding> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Binding binding : candidates) {
            boolean inScope = binding.isClusterRoleBinding() || (!namespace.isEmpty() && binding.namespace().equals(namespace));
            if (inScope && seen.add(binding)) {
                result.add(binding);
            }
        }
        result.sort(Comparator.comparingInt(order::get));
        return result;
    }

    /** The rules a binding grants, or null when its role does not exist (see {@link #missingRoleError}). */
    public List<PolicyRule> rulesOf(RoleRef roleRef, String bindingNamespace) {
        switch (roleRef.kind()) {
            case "Role":
                return roles.get(bindingNamespace + "/" + roleRef.name());
            case "ClusterRole":
                return clusterRoles.get(roleRef.name());
            default:
                return null;
        }
    }

    /** The error GetRoleReferenceRules reports for an unresolvable roleRef (listers use the singular resource). */
    public static String missingRoleError(RoleRef roleRef) {
        switch (roleRef.kind()) {
            case "Role":
                return "role.rbac.authorization.k8s.io \"" + roleRef.name() + "\" not found";
            case "ClusterRole":
                return "clusterrole.rbac.authorization.k8s.io \"" + roleRef.name() + "\" not found";
            default:
                return "unsupported role reference kind: \"" + roleRef.kind() + "\"";
        }
    }

    public List<Binding> clusterRoleBindings() {
        return clusterRoleBindings;
    }

    public List<Binding> roleBindings(String namespace) {
        return roleBindings.getOrDefault(namespace, List.of());
    }

    public Map<String, List<Binding>> roleBindingsByNamespace() {
        return Collections.unmodifiableMap(roleBindings);
    }

    public Map<String, List<PolicyRule>> clusterRoles() {
        return clusterRoles;
    }

    /** Roles by "namespace/name". */
    public Map<String, List<PolicyRule>> roles() {
        return roles;
    }

    public boolean hasRole(String namespace, String name) {
        return roles.containsKey(namespace + "/" + name);
    }

    public boolean hasClusterRole(String name) {
        return clusterRoles.containsKey(name);
    }

    private static List<Binding> sorted(List<Binding> bindings) {
        List<Binding> copy = new ArrayList<>(bindings);
        copy.sort(Comparator.comparing(Binding::namespace).thenComparing(Binding::name));
        return List.copyOf(copy);
    }

    private static List<PolicyRule> rules(JsonNode role) {
        List<PolicyRule> rules = new ArrayList<>();
        role.path("rules").forEach(r -> rules.add(PolicyRule.fromJson(r)));
        return RULES.intern(List.copyOf(rules));
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText("");
    }

    private static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText("");
    }
}
