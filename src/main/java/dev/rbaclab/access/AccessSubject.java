package dev.rbaclab.access;

import dev.rbaclab.cluster.api.UserInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whose access is shown: a user (with extra groups), a group alone, or a ServiceAccount — the identity the API server
 * would authenticate, with the groups it adds (system:authenticated, system:serviceaccounts[:ns]).
 */
public record AccessSubject(Kind kind, String name, String namespace, List<String> groups) {

    /** The kinds of subject, as RBAC bindings name them. */
    public enum Kind { USER, GROUP, SERVICE_ACCOUNT }

    /** A user name no binding names, to ask what a group alone may do. */
    static final String GROUP_PROBE = "system:lab:group-probe";

    public AccessSubject {
        groups = List.copyOf(groups == null ? List.of() : groups);
        namespace = namespace == null ? "" : namespace;
    }

    /** A user name as the API server writes it: {@code system:serviceaccount:ns:name} becomes a ServiceAccount. */
    public static AccessSubject parse(String user, List<String> groups) {
        String prefix = UserInfo.SERVICE_ACCOUNT_PREFIX;
        if (user.startsWith(prefix)) {
            String[] parts = user.substring(prefix.length()).split(":", 2);
            if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                return new AccessSubject(Kind.SERVICE_ACCOUNT, parts[1], parts[0], List.of());
            }
        }
        return new AccessSubject(Kind.USER, user, "", groups);
    }

    public static AccessSubject serviceAccount(String namespace, String name) {
        return new AccessSubject(Kind.SERVICE_ACCOUNT, name, namespace, List.of());
    }

    public static AccessSubject group(String name) {
        return new AccessSubject(Kind.GROUP, name, "", List.of());
    }

    public UserInfo user() {
        return switch (kind) {
            case SERVICE_ACCOUNT -> new UserInfo(UserInfo.SERVICE_ACCOUNT_PREFIX + namespace + ":" + name, "",
                    List.of("system:serviceaccounts", "system:serviceaccounts:" + namespace, UserInfo.AUTHENTICATED),
                    Map.of());
            case GROUP -> new UserInfo(GROUP_PROBE, "", List.of(name), Map.of());
            case USER -> {
                List<String> all = new ArrayList<>(groups);
                if (name.equals(UserInfo.ANONYMOUS)) {
                    all.add(UserInfo.UNAUTHENTICATED);
                } else if (!all.contains(UserInfo.AUTHENTICATED)) {
                    all.add(UserInfo.AUTHENTICATED);
                }
                yield new UserInfo(name, "", all, Map.of());
            }
        };
    }

    /** How the lab shows the subject: {@code ServiceAccount foo/default}, {@code User alice}, {@code Group qa}. */
    public String label() {
        return switch (kind) {
            case SERVICE_ACCOUNT -> "ServiceAccount " + namespace + "/" + name;
            case GROUP -> "Group " + name;
            case USER -> "User " + name;
        };
    }
}
