package dev.rbaclab.cluster.rbac;

import dev.rbaclab.cluster.api.GoStrings;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A RoleBinding (namespace set) or ClusterRoleBinding (namespace ""), as the authorizer reads it. */
public record Binding(String namespace, String name, RoleRef roleRef, List<Subject> subjects) {

    public Binding {
        namespace = namespace == null ? "" : namespace;
        subjects = List.copyOf(subjects);
    }

    public static Binding fromJson(JsonNode object) {
        List<Subject> subjects = new ArrayList<>();
        object.path("subjects").forEach(s -> subjects.add(Subject.fromJson(s)));
        return new Binding(object.path("metadata").path("namespace").asText(""),
                object.path("metadata").path("name").asText(""), RoleRef.fromJson(object.path("roleRef")), subjects);
    }

    public boolean isClusterRoleBinding() {
        return namespace.isEmpty();
    }

    public String kind() {
        return isClusterRoleBinding() ? "ClusterRoleBinding" : "RoleBinding";
    }

    /** The source description in RBAC's reasons (clusterRoleBindingDescriber / roleBindingDescriber). */
    public String describe(Subject subject) {
        String bindingName = isClusterRoleBinding() ? name : name + "/" + namespace;
        return kind() + " " + GoStrings.quote(bindingName) + " of " + roleRef.kind() + " " + GoStrings.quote(roleRef.name())
                + " to " + subject.describe(namespace);
    }

    /** The first subject that applies to the user (appliesTo), or null. */
    public Subject subjectFor(dev.rbaclab.cluster.api.UserInfo user) {
        for (Subject subject : subjects) {
            if (subject.appliesTo(user, namespace)) {
                return subject;
            }
        }
        return null;
    }
}
