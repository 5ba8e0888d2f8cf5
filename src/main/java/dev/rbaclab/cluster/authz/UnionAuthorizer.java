package dev.rbaclab.cluster.authz;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.Decision;
import dev.rbaclab.explain.Explanation;

import java.util.ArrayList;
import java.util.List;

/**
 * pkg/authorization/union: the first authorizer that allows or denies decides; when none has an opinion, their
 * non-empty reasons are joined with newlines.
 */
public final class UnionAuthorizer implements Authorizer {

    private final List<Authorizer> authorizers;

    public UnionAuthorizer(List<Authorizer> authorizers) {
        this.authorizers = List.copyOf(authorizers);
    }

    @Override
    public AuthorizationResult authorize(Attributes attributes, Explanation explanation) {
        List<String> reasons = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Authorizer authorizer : authorizers) {
            AuthorizationResult result = authorizer.authorize(attributes, explanation);
            if (result.decision() != Decision.NO_OPINION) {
                return result;
            }
            if (!result.reason().isEmpty()) {
                reasons.add(result.reason());
            }
            if (!result.evaluationError().isEmpty()) {
                errors.add(result.evaluationError());
            }
        }
        return new AuthorizationResult(Decision.NO_OPINION, String.join("\n", reasons), String.join("\n", errors));
    }
}
