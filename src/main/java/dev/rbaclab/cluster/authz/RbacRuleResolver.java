package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The RBAC authorizer's RulesFor over the sandbox's policy. */
public final class RbacRuleResolver implements RuleResolver {

    private final Supplier<RbacPolicy> policy;

    public RbacRuleResolver(Supplier<RbacPolicy> policy) {
        this.policy = policy;
    }

    @Override
    public Rules rulesFor(UserInfo user, String namespace) {
        RbacPolicy current = policy.get();
        List<PolicyRule> rules = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Binding binding : current.bindingsFor(user, namespace)) {
            List<PolicyRule> bound = current.rulesOf(binding.roleRef(), binding.namespace());
            if (bound == null) {
                errors.add(RbacPolicy.missingRoleError(binding.roleRef()));
            } else {
                rules.addAll(bound);
            }
        }
        return new Rules(rules, errors);
    }
}
