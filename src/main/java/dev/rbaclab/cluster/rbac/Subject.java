package dev.rbaclab.cluster.rbac;

import dev.rbaclab.cluster.api.GoStrings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.UserInfo;

/** rbacv1.Subject: a User, a Group or a ServiceAccount (namespace may be empty in a RoleBinding). */
public record Subject(String kind, String apiGroup, String name, String namespace) {

    public static final String USER = "User";
    public static final String GROUP = "Group";
    public static final String SERVICE_ACCOUNT = "ServiceAccount";

    public Subject {
        kind = kind == null ? "" : kind;
        apiGroup = apiGroup == null ? "" : apiGroup;
        name = name == null ? "" : name;
        namespace = namespace == null ? "" : namespace;
    }

    public static Subject fromJson(JsonNode node) {
        return new Subject(node.path("kind").asText(""), node.path("apiGroup").asText(""), node.path("name").asText(""),
                node.path("namespace").asText(""));
    }

    /** The namespace a ServiceAccount subject means: its own, else the binding's (empty for ClusterRoleBindings). */
    public String serviceAccountNamespace(String bindingNamespace) {
        return namespace.isEmpty() ? bindingNamespace : namespace;
    }

    /** appliesToUser (pkg/registry/rbac/validation/rule.go). */
    public boolean appliesTo(UserInfo user, String bindingNamespace) {
        switch (kind) {
            case USER:
                return user.name().equals(name);
            case GROUP:
                return user.inGroup(name);
            case SERVICE_ACCOUNT:
                String saNamespace = serviceAccountNamespace(bindingNamespace);
                return !saNamespace.isEmpty()
                        && user.name().equals(UserInfo.SERVICE_ACCOUNT_PREFIX + saNamespace + ":" + name);
            default:
                return false;
        }
    }

    /** describeSubject: {@code User "alice"}, {@code ServiceAccount "name/namespace"}. */
    public String describe(String bindingNamespace) {
        if (kind.equals(SERVICE_ACCOUNT)) {
            return kind + " " + GoStrings.quote(name + "/" + serviceAccountNamespace(bindingNamespace));
        }
        return kind + " " + GoStrings.quote(name);
    }
}
