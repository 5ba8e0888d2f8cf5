package dev.rbaclab.cluster.server.reviews;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.authn.AuthenticationException;
import dev.rbaclab.cluster.authn.Credentials;
import dev.rbaclab.cluster.authn.ServiceAccountTokenAuthenticator;
import dev.rbaclab.cluster.authn.UnionAuthenticator;
import dev.rbaclab.cluster.store.ObjectStore;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.tokens.TokenRejected;
import dev.rbaclab.cluster.tokens.TokenVerifier;
import dev.rbaclab.cluster.tokens.VerifiedToken;
import dev.rbaclab.explain.Explanation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How a TokenReview authenticates: ServiceAccount JWTs are checked for the audiences the review asks about; other
 * tokens (admin, static users) go through the sandbox's authenticators.
 */
public final class TokenReviews {

    private TokenReviews() {
    }

    public static IdentityReviews.TokenAuthenticator.Result authenticate(UnionAuthenticator authenticator,
            TokenVerifier verifier, ObjectStore store, Sandbox sandbox, String token, List<String> audiences, Clock clock) {
        try {
            Optional<VerifiedToken> verified = verifier.verify(sandbox, store.reader(sandbox), token, audiences, clock.instant());
            if (verified.isPresent()) {
                UserInfo user = ServiceAccountTokenAuthenticator.userOf(verified.get());
                List<String> groups = new java.util.ArrayList<>(user.groups());
                groups.add(UserInfo.AUTHENTICATED);
                return new IdentityReviews.TokenAuthenticator.Result(Optional.of(user.withGroups(groups)), "");
            }
        } catch (TokenRejected e) {
            return new IdentityReviews.TokenAuthenticator.Result(Optional.empty(), e.getMessage());
        }
        try {
            UserInfo user = authenticator.authenticate(new Credentials(sandbox, token, Explanation.discard()));
            return new IdentityReviews.TokenAuthenticator.Result(Optional.of(user), "");
        } catch (AuthenticationException e) {
            return new IdentityReviews.TokenAuthenticator.Result(Optional.empty(), "");
        }
    }
}
