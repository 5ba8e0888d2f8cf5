package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.store.StaticToken;
import dev.rbaclab.cluster.store.StaticTokenRepository;

import java.util.Map;
import java.util.Optional;

/**
 * Static bearer tokens, like kube-apiserver's {@code --token-auth-file}: a token names a user, a uid and groups.
 * A token belongs to one sandbox and means nothing elsewhere.
 */
public final class StaticTokenAuthenticator implements Authenticator {

    private final StaticTokenRepository tokens;

    public StaticTokenAuthenticator(StaticTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<Authenticated> authenticate(Credentials credentials) {
        Optional<StaticToken> token = tokens.find(credentials.bearerToken());
        if (token.isEmpty() || !token.get().sandboxId().equals(credentials.sandbox().id())) {
            return Optional.empty();
        }
        StaticToken t = token.get();
        return Optional.of(new Authenticated(new UserInfo(t.user(), t.uid(), t.groups(), Map.of()), "static-token"));
    }
}
