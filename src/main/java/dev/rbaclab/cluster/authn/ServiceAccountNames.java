package dev.rbaclab.cluster.authn;

import dev.rbaclab.cluster.api.UserInfo;

import java.util.List;
import java.util.regex.Pattern;

/** pkg/authentication/serviceaccount/util.go: the user names and groups of ServiceAccounts. */
public final class ServiceAccountNames {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");

    private ServiceAccountNames() {
    }

    public static String username(String namespace, String name) {
        return UserInfo.SERVICE_ACCOUNT_PREFIX + namespace + ":" + name;
    }

    public static List<String> groups(String namespace) {
        return List.of(UserInfo.SERVICE_ACCOUNTS, UserInfo.SERVICE_ACCOUNTS + ":" + namespace);
    }

    /** SplitUsername: {namespace, name} of {@code system:serviceaccount:<ns>:<name>} with valid names, else null. */
    public static String[] split(String username) {
        if (!username.startsWith(UserInfo.SERVICE_ACCOUNT_PREFIX)) {
            return null;
        }
        String[] parts = username.substring(UserInfo.SERVICE_ACCOUNT_PREFIX.length()).split(":", -1);
        if (parts.length != 2) {
            return null;
        }
        String namespace = parts[0];
        String name = parts[1];
        if (namespace.length() > 63 || !DNS_LABEL.matcher(namespace).matches()
                || name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
            return null;
        }
        return parts;
    }
}
