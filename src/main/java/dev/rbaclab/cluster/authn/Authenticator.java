package dev.rbaclab.cluster.authn;

import java.util.Optional;

/**
 * One way to recognise a request's credentials (k8s.io/apiserver authenticator.Request/Token). Empty means "not
 * mine"; an {@link AuthenticationException} means "mine, and invalid".
 */
@FunctionalInterface
public interface Authenticator {

    Optional<Authenticated> authenticate(Credentials credentials);
}
