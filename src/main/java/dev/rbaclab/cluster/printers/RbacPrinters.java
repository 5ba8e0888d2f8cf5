package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;

import java.util.ArrayList;
import java.util.List;

/** Roles print NAME and CREATED AT; bindings print their role and, wide, their subjects by kind. */
final class RbacPrinters {

    private RbacPrinters() {
    }

    static Printer roles() {
        return new ColumnPrinter(List.of(Column.NAME, new Column("Created At", "date", "",
                "CreationTimestamp is a timestamp representing the server time when this object was created. It is "
                        + "not guaranteed to be set in happens-before order across separate operations. Clients may "
                        + "not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the "
                        + "system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/"
                        + "devel/sig-architecture/api-conventions.md#metadata", 0)),
                (role, now) -> List.of(Meta.name(role), role.path("metadata").path("creationTimestamp").asText("")));
    }

    static Printer bindings() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Role", "RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable."),
                Column.AGE,
                Column.wide("Users", "Users in the roleBinding"),
                Column.wide("Groups", "Groups in the roleBinding"),
                Column.wide("ServiceAccounts", "ServiceAccounts in the roleBinding")),
                (binding, now) -> {
                    List<String> users = new ArrayList<>();
                    List<String> groups = new ArrayList<>();
                    List<String> serviceAccounts = new ArrayList<>();
                    for (JsonNode subject : binding.path("subjects")) {
                        String name = subject.path("name").asText("");
                        switch (subject.path("kind").asText("")) {
                            case "User" -> users.add(name);
                            case "Group" -> groups.add(name);
                            case "ServiceAccount" -> serviceAccounts.add(subject.path("namespace").asText("") + "/" + name);
                            default -> { }
                        }
                    }
                    JsonNode roleRef = binding.path("roleRef");
                    return List.of(Meta.name(binding),
                            roleRef.path("kind").asText("") + "/" + roleRef.path("name").asText(""),
                            Cells.age(binding, now), String.join(", ", users), String.join(", ", groups),
                            String.join(", ", serviceAccounts));
                });
    }
}
