package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.tokens.TokenIssuer;
import dev.rbaclab.cluster.tokens.TokenRejected;
import dev.rbaclab.cluster.tokens.TokenVerifier;
import dev.rbaclab.cluster.tokens.VerifiedToken;
import dev.rbaclab.explain.Line;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * ServiceAccount JWTs: {@code system:serviceaccount:<ns>:<name>} in {@code system:serviceaccounts} and
 * {@code system:serviceaccounts:<ns>}, uid = the ServiceAccount's uid, and for bound tokens the pod, node and
 * credential id as user extra (serviceaccount/util.go, claims.go).
 */
public final class ServiceAccountTokenAuthenticator implements Authenticator {

    public static final String EXTRA_POD_NAME = "authentication.kubernetes.io/pod-name";
    public static final String EXTRA_POD_UID = "authentication.kubernetes.io/pod-uid";
    public static final String EXTRA_NODE_NAME = "authentication.kubernetes.io/node-name";
    public static final String EXTRA_NODE_UID = "authentication.kubernetes.io/node-uid";
    public static final String EXTRA_CREDENTIAL_ID = "authentication.kubernetes.io/credential-id";

    private final TokenVerifier verifier;
    private final Function<Sandbox, ObjectReader> readers;
    private final Clock clock;

    public ServiceAccountTokenAuthenticator(TokenVerifier verifier, Function<Sandbox, ObjectReader> readers, Clock clock) {
        this.verifier = verifier;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public Optional<Authenticated> authenticate(Credentials credentials) {
        Optional<VerifiedToken> verified;
        try {
            verified = verifier.verify(credentials.sandbox(), readers.apply(credentials.sandbox()),
                    credentials.bearerToken(), List.of(TokenIssuer.ISSUER), clock.instant());
        } catch (TokenRejected e) {
            throw new AuthenticationException(e.getMessage(), "authn.sa_token_rejected", e.getMessage());
        }
        if (verified.isEmpty()) {
            return Optional.empty();
        }
        VerifiedToken token = verified.get();
        UserInfo user = userOf(token);
        Line line = credentials.explanation().add(Stage.AUTHENTICATION, Mark.INFO,
                token.legacy() ? "authn.sa_token_legacy" : "authn.sa_token_bound",
                token.namespace(), token.serviceAccount(), token.legacy() ? token.secretName() : token.podName());
        line.add(Mark.INFO, "authn.sa_username", user.name());
        return Optional.of(new Authenticated(user, token.legacy() ? "serviceaccount-legacy-token" : "serviceaccount-token"));
    }

    public static UserInfo userOf(VerifiedToken token) {
        Map<String, List<String>> extra = new LinkedHashMap<>();
        if (!token.podName().isEmpty()) {
            extra.put(EXTRA_POD_NAME, List.of(token.podName()));
            extra.put(EXTRA_POD_UID, List.of(token.podUid()));
        }
        if (!token.nodeName().isEmpty()) {
            extra.put(EXTRA_NODE_NAME, List.of(token.nodeName()));
            extra.put(EXTRA_NODE_UID, List.of(token.nodeUid()));
        }
        if (!token.jti().isEmpty()) {
            extra.put(EXTRA_CREDENTIAL_ID, List.of("JTI=" + token.jti()));
        }
        return new UserInfo(ServiceAccountNames.username(token.namespace(), token.serviceAccount()),
                token.serviceAccountUid(), ServiceAccountNames.groups(token.namespace()), extra);
    }
}
