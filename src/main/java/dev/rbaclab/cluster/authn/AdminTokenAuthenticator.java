package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.api.UserInfo;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's admin token: {@code kubernetes-admin} in {@code system:masters}, as the client certificate in a
 * kubeadm admin.conf would be. Compared in constant time.
 */
public final class AdminTokenAuthenticator implements Authenticator {

    public static final String ADMIN_USER = "kubernetes-admin";

    @Override
    public Optional<Authenticated> authenticate(Credentials credentials) {
        String expected = credentials.sandbox().adminToken();
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                credentials.bearerToken().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(new Authenticated(new UserInfo(ADMIN_USER, "", List.of(UserInfo.MASTERS), null),
                "admin-token"));
    }
}
