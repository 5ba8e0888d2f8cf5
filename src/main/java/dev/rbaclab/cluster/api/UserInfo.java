package dev.rbaclab.cluster.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The identity a request runs as (k8s.io/apiserver pkg/authentication/user.Info).
 * Groups keep their order: Kubernetes prints them in that order in 403 escalation messages and in whoami.
 */
public record UserInfo(String name, String uid, List<String> groups, Map<String, List<String>> extra) {

    public static final String ANONYMOUS = "system:anonymous";
    public static final String AUTHENTICATED = "system:authenticated";
    public static final String UNAUTHENTICATED = "system:unauthenticated";
    public static final String MASTERS = "system:masters";
    public static final String SERVICE_ACCOUNTS = "system:serviceaccounts";
    public static final String SERVICE_ACCOUNT_PREFIX = "system:serviceaccount:";

    public UserInfo {
        Objects.requireNonNull(name, "name");
        uid = uid == null ? "" : uid;
        groups = List.copyOf(groups == null ? List.of() : groups);
        // sorted, as kubectl and the audit log print extras
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extra));
    }

    public static UserInfo of(String name, String... groups) {
        return new UserInfo(name, "", List.of(groups), Map.of());
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    public UserInfo withGroups(List<String> newGroups) {
        return new UserInfo(name, uid, newGroups, extra);
    }
}
