package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleMatch;
import dev.rbaclab.cluster.rbac.Subject;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.List;
import java.util.Map;

/**
 * After a denial: the bindings that nearly applied (the learner's most common mistakes) and the smallest Role or
 * ClusterRole plus binding that would allow the request, as kubectl commands.
 */
final class DenialAdvisor {

    private DenialAdvisor() {
    }

    static void explain(RbacPolicy policy, Attributes request, Explanation explanation) {
        UserInfo user = request.user();
        for (Binding binding : policy.clusterRoleBindings()) {
            inspect(policy, binding, request, explanation);
        }
        for (Map.Entry<String, List<Binding>> entry : policy.roleBindingsByNamespace().entrySet()) {
            for (Binding binding : entry.getValue()) {
                inspect(policy, binding, request, explanation);
            }
        }
        Fix.suggest(request, user, explanation);
    }

    private static void inspect(RbacPolicy policy, Binding binding, Attributes request, Explanation explanation) {
        UserInfo user = request.user();
        Subject applying = binding.subjectFor(user);
        String where = binding.isClusterRoleBinding() ? binding.name() : binding.namespace() + "/" + binding.name();
        if (applying != null) {
            boolean sameScope = binding.isClusterRoleBinding() || binding.namespace().equals(request.namespace());
            if (sameScope) {
                return;
            }
            List<PolicyRule> rules = policy.rulesOf(binding.roleRef(), binding.namespace());
            if (rules == null || !anyAllows(rules, request.withUser(user), binding.namespace())) {
                return;
            }
            if (request.namespace().isEmpty()) {
                // a RoleBinding cannot grant cluster-scoped resources, even when its ClusterRole lists them
                explanation.add(Stage.AUTHORIZATION, Mark.NEAR_MISS, "authz.near.rolebinding_cluster_scope", where,
                        binding.roleRef().kind(), binding.roleRef().name(), request.resourceRequest()
                                ? request.resourceWithSubresource() : request.path());
            } else {
                explanation.add(Stage.AUTHORIZATION, Mark.NEAR_MISS, "authz.near.other_namespace", where,
                        binding.namespace(), request.namespace());
            }
            return;
        }
        for (Subject subject : binding.subjects()) {
            String reason = nearSubject(subject, binding, user);
            if (reason != null) {
                explanation.add(Stage.AUTHORIZATION, Mark.NEAR_MISS, reason, where, subject.describe(binding.namespace()),
                        user.name());
            }
        }
    }

    /** Whether some rule would allow the request if the binding's scope were right. */
    private static boolean anyAllows(List<PolicyRule> rules, Attributes request, String bindingNamespace) {
        for (PolicyRule rule : rules) {
            if (RuleMatch.allows(request, rule)) {
                return true;
            }
        }
        return false;
    }

    /** The message key when a subject that does not apply was clearly meant for this user, else null. */
    private static String nearSubject(Subject subject, Binding binding, UserInfo user) {
        String saPrefix = UserInfo.SERVICE_ACCOUNT_PREFIX;
        boolean userIsServiceAccount = user.name().startsWith(saPrefix);
        String shortName = userIsServiceAccount ? user.name().substring(user.name().lastIndexOf(':') + 1) : user.name();
        switch (subject.kind()) {
            case Subject.SERVICE_ACCOUNT:
                if (userIsServiceAccount && subject.name().equals(shortName)) {
                    return subject.serviceAccountNamespace(binding.namespace()).isEmpty()
                            ? "authz.near.sa_without_namespace" : "authz.near.sa_other_namespace";
                }
                return !userIsServiceAccount && subject.name().equals(user.name()) ? "authz.near.wrong_kind" : null;
            case Subject.USER:
                if (subject.name().equals(shortName) && userIsServiceAccount) {
                    return "authz.near.wrong_kind";
                }
                return user.groups().contains(subject.name()) ? "authz.near.group_as_user" : null;
            case Subject.GROUP:
                return subject.name().equals(user.name()) || (userIsServiceAccount && subject.name().equals(shortName))
                        ? "authz.near.wrong_kind" : null;
            default:
                return null;
        }
    }
}
