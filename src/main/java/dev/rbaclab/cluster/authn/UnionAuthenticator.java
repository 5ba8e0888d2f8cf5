package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The authentication chain of kube-apiserver: token authenticators in order (the first to recognise the token
 * wins), the AuthenticatedGroupAdder, and anonymous only when no credential was presented
 * ({@code union.NewFailOnError(authenticator, anonymous)}). A token nobody recognises is a 401.
 */
public final class UnionAuthenticator {

    private final List<Authenticator> authenticators;

    public UnionAuthenticator(List<Authenticator> authenticators) {
        this.authenticators = List.copyOf(authenticators);
    }

    /** The user the request runs as; throws {@link AuthenticationException} for an invalid credential. */
    public UserInfo authenticate(Credentials credentials) {
        if (!credentials.hasToken()) {
            credentials.explanation().add(Stage.AUTHENTICATION, Mark.INFO, "authn.anonymous");
            return new UserInfo(UserInfo.ANONYMOUS, "", List.of(UserInfo.UNAUTHENTICATED), null);
        }
        List<AuthenticationException> errors = new ArrayList<>();
        for (Authenticator authenticator : authenticators) {
            try {
                Optional<Authenticated> result = authenticator.authenticate(credentials);
                if (result.isPresent()) {
                    UserInfo user = addAuthenticatedGroup(result.get().user());
                    credentials.explanation().add(Stage.AUTHENTICATION, Mark.PASS, "authn.authenticated",
                            "§authn.by." + result.get().authenticator(), user.name(), String.join(", ", user.groups()));
                    return user;
                }
            } catch (AuthenticationException e) {
                errors.add(e);
            }
        }
        if (errors.isEmpty()) {
            credentials.explanation().add(Stage.AUTHENTICATION, Mark.FAIL, "authn.unknown_token");
            throw new AuthenticationException("invalid bearer token", "authn.unknown_token");
        }
        AuthenticationException first = errors.get(0);
        credentials.explanation().add(Stage.AUTHENTICATION, Mark.FAIL, first.messageKey(), first.args());
        throw first;
    }

    /** AuthenticatedGroupAdder: every authenticated user is in system:authenticated. */
    static UserInfo addAuthenticatedGroup(UserInfo user) {
        if (user.name().equals(UserInfo.ANONYMOUS) || user.inGroup(UserInfo.AUTHENTICATED)
                || user.inGroup(UserInfo.UNAUTHENTICATED)) {
            return user;
        }
        List<String> groups = new ArrayList<>(user.groups());
        groups.add(UserInfo.AUTHENTICATED);
        return user.withGroups(groups);
    }
}
