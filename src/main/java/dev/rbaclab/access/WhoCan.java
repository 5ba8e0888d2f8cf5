package dev.rbaclab.access;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleMatch;
import dev.rbaclab.cluster.rbac.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who may do something (kubectl-who-can): every subject of every binding in scope whose role has a rule that allows
 * the request, with the binding, the role and the rule — plus the group system:masters, which the API server allows
 * before RBAC is asked.
 */
public final class WhoCan {

    /** The question: a resource request (namespace "" = cluster scope) or a non-resource URL. */
    public record Query(String verb, String group, String resource, String subresource, String name, String namespace,
                        String nonResourceUrl) {

        public Query {
            group = group == null ? "" : group;
            subresource = subresource == null ? "" : subresource;
            name = name == null ? "" : name;
            namespace = namespace == null ? "" : namespace;
            nonResourceUrl = nonResourceUrl == null ? "" : nonResourceUrl;
            resource = resource == null ? "" : resource;
        }

        Attributes attributes() {
            UserInfo nobody = new UserInfo("", "", List.of(), Map.of());
            return nonResourceUrl.isEmpty()
                    ? Attributes.resource(nobody, verb, namespace, group, resource, subresource, name)
                    : Attributes.nonResource(nobody, verb, nonResourceUrl);
        }
    }

    /** One way in: this subject, through this binding, holding this role, whose rule allows the request. */
    public record Grant(String subjectKind, String subjectName, String subjectNamespace, String bindingKind,
                        String bindingNamespace, String bindingName, String roleKind, String roleName, String rule) {
    }

    private WhoCan() {
    }

    public static List<Grant> ask(RbacPolicy policy, Query query) {
        Attributes attributes = query.attributes();
        List<Grant> grants = new ArrayList<>();
        grants.add(new Grant(Subject.GROUP, "system:masters", "", "", "", "", "", "", "*"));
        List<Binding> bindings = new ArrayList<>(policy.clusterRoleBindings());
        if (!query.namespace().isEmpty() && query.nonResourceUrl().isEmpty()) {
            bindings.addAll(policy.roleBindings(query.namespace()));
        }
        for (Binding binding : bindings) {
            List<PolicyRule> rules = policy.rulesOf(binding.roleRef(), binding.namespace());
            if (rules == null) {
                continue;
            }
            for (PolicyRule rule : rules) {
                if (!RuleMatch.allows(attributes, rule)) {
                    continue;
                }
                for (Subject subject : binding.subjects()) {
                    String namespace = subject.kind().equals(Subject.SERVICE_ACCOUNT)
                            ? subject.serviceAccountNamespace(binding.namespace()) : "";
                    grants.add(new Grant(subject.kind(), subject.name(), namespace, binding.kind(),
                            binding.namespace(), binding.name(), binding.roleRef().kind(), binding.roleRef().name(),
                            rule.compactString()));
                }
                break;
            }
        }
        return grants;
    }
}
