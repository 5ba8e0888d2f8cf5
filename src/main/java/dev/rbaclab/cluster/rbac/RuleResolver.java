package dev.rbaclab.cluster.rbac;

import dev.rbaclab.cluster.api.UserInfo;

import java.util.List;

/**
 * RulesFor (pkg/registry/rbac/validation/rule.go): every rule a user holds in a namespace — ClusterRoleBinding rules
 * first, then the namespace's RoleBinding rules — with the errors met resolving role references.
 */
@FunctionalInterface
public interface RuleResolver {

    Rules rulesFor(UserInfo user, String namespace);

    /** The rules, un-deduplicated and in visit order, and the resolution errors. */
    record Rules(List<PolicyRule> rules, List<String> errors) {
        public Rules {
            rules = List.copyOf(rules);
            errors = List.copyOf(errors);
        }
    }
}
