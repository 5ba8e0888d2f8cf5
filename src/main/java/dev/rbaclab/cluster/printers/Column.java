package dev.rbaclab.cluster.printers;

/** metav1.TableColumnDefinition; priority 0 columns print by default, higher ones only with {@code -o wide}. */
public record Column(String name, String type, String format, String description, int priority) {

    public static final Column NAME = new Column("Name", "string", "name", "Name must be unique within a namespace. Is required when "
                + "creating resources, although some resources may allow a client to request the generation of an "
                + "appropriate name automatically. Name is primarily intended for creation idempotence and "
                + "configuration definition. Cannot be updated. More info: "
                + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names", 0);

    public static final Column AGE = new Column("Age", "string", "", "CreationTimestamp is a timestamp representing the server time when "
                + "this object was created. It is not guaranteed to be set in happens-before order across separate "
                + "operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\n"
                + "Populated by the system. Read-only. Null for lists. More info: "
                + "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata", 0);

    public static Column string(String name, String description) {
        return new Column(name, "string", "", description, 0);
    }

    public static Column wide(String name, String description) {
        return new Column(name, "string", "", description, 1);
    }
}
