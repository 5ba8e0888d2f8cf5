package dev.rbaclab.cluster.api;

import dev.rbaclab.explain.Explanation;

/**
 * May the user in {@code attributes} do what they ask? (k8s.io/apiserver pkg/authorization/authorizer.Authorizer.)
 * Implementations add the lines of their reasoning to {@code explanation}, which may be
 * {@link Explanation#discard()} on hot paths.
 */
@FunctionalInterface
public interface Authorizer {

    AuthorizationResult authorize(Attributes attributes, Explanation explanation);
}
