package dev.rbaclab.cluster.api;

import java.util.List;

/** metav1.StatusDetails; empty strings and lists are left out when written, as Go's omitempty does. */
public record StatusDetails(String name, String group, String kind, String uid, List<StatusCause> causes,
                            int retryAfterSeconds) {

    public static final StatusDetails EMPTY = new StatusDetails("", "", "", "", List.of(), 0);

    public StatusDetails {
        name = name == null ? "" : name;
        group = group == null ? "" : group;
        kind = kind == null ? "" : kind;
        uid = uid == null ? "" : uid;
        causes = List.copyOf(causes == null ? List.of() : causes);
    }

    public static StatusDetails of(String name, String group, String kind) {
        return new StatusDetails(name, group, kind, "", List.of(), 0);
    }

    public StatusDetails withCauses(List<StatusCause> newCauses) {
        return new StatusDetails(name, group, kind, uid, newCauses, retryAfterSeconds);
    }
}
