package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.rbac.Binding;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleMatch;
import dev.rbaclab.cluster.rbac.Subject;
import dev.rbaclab.explain.Explanation;
import dev.rbaclab.explain.Line;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * plugin/pkg/auth/authorizer/rbac/rbac.go: visit the rules of every binding that applies to the user and allow on
 * the first rule that matches; otherwise no opinion, with the role resolution errors as the reason. When an
 * explanation is being recorded every applicable binding and rule is shown with why it did or did not match, and
 * a denial gets its near misses and the smallest fix.
 */
public final class RbacAuthorizer implements Authorizer {

    private final Supplier<RbacPolicy> policy;

    public RbacAuthorizer(Supplier<RbacPolicy> policy) {
        this.policy = policy;
    }

    @Override
    public AuthorizationResult authorize(Attributes request, Explanation explanation) {
        RbacPolicy current = policy.get();
        if (explanation.recording()) {
            return authorizeExplained(current, request, explanation);
        }
        List<String> errors = new ArrayList<>();
        for (Binding binding : current.bindingsFor(request.user(), request.namespace())) {
            Subject subject = binding.subjectFor(request.user());
            List<PolicyRule> rules = current.rulesOf(binding.roleRef(), binding.namespace());
            if (rules == null) {
                errors.add(RbacPolicy.missingRoleError(binding.roleRef()));
                continue;
            }
            for (PolicyRule rule : rules) {
                if (RuleMatch.allows(request, rule)) {
                    return AuthorizationResult.allow("RBAC: allowed by " + binding.describe(subject));
                }
            }
        }
        return AuthorizationResult.noOpinion(errorReason(errors));
    }

    private AuthorizationResult authorizeExplained(RbacPolicy current, Attributes request, Explanation explanation) {
        List<String> errors = new ArrayList<>();
        String allowedBy = null;
        List<Binding> bindings = current.bindingsFor(request.user(), request.namespace());
        if (bindings.isEmpty()) {
            explanation.add(Stage.AUTHORIZATION, Mark.INFO, "authz.rbac.no_bindings", request.user().name());
        }
        for (Binding binding : bindings) {
            Subject subject = binding.subjectFor(request.user());
            List<PolicyRule> rules = current.rulesOf(binding.roleRef(), binding.namespace());
            Line line = explanation.add(Stage.AUTHORIZATION, Mark.INFO, "authz.rbac.binding", binding.kind(),
                    binding.isClusterRoleBinding() ? binding.name() : binding.namespace() + "/" + binding.name(),
                    binding.roleRef().kind(), binding.roleRef().name(), subject.describe(binding.namespace()));
            if (rules == null) {
                String error = RbacPolicy.missingRoleError(binding.roleRef());
                errors.add(error);
                line.add(Mark.FAIL, "authz.rbac.role_missing", binding.roleRef().kind(), binding.roleRef().name(), error);
                continue;
            }
            if (rules.isEmpty()) {
                line.add(Mark.INFO, "authz.rbac.role_empty", binding.roleRef().kind(), binding.roleRef().name());
            }
            for (PolicyRule rule : rules) {
                RuleMatch.Outcome outcome = RuleMatch.explain(request, rule);
                boolean matched = outcome == RuleMatch.Outcome.MATCH;
                if (matched && allowedBy == null) {
                    allowedBy = "RBAC: allowed by " + binding.describe(subject);
                }
                RuleLines.add(line, rule, outcome, request);
            }
        }
        if (allowedBy != null) {
            explanation.add(Stage.AUTHORIZATION, Mark.PASS, "authz.rbac.allowed", allowedBy);
            return AuthorizationResult.allow(allowedBy);
        }
        explanation.add(Stage.AUTHORIZATION, Mark.FAIL, "authz.rbac.denied", request.user().name());
        DenialAdvisor.explain(current, request, explanation);
        return AuthorizationResult.noOpinion(errorReason(errors));
    }

    /** "RBAC: " and the aggregate of the resolution errors (utilerrors.NewAggregate), or "" without errors. */
    static String errorReason(List<String> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        List<String> unique = new ArrayList<>();
        for (String error : errors) {
            if (!unique.contains(error)) {
                unique.add(error);
            }
        }
        if (errors.size() == 1 || unique.size() == 1) {
            return "RBAC: " + unique.get(0);
        }
        return "RBAC: [" + String.join(", ", unique) + "]";
    }
}
