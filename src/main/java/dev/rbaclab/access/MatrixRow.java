package dev.rbaclab.access;

/** A row of the matrix: a resource (or resource/subresource) of an API group. */
public record MatrixRow(String group, String resource, String subresource) {

    public String label() {
        String name = subresource.isEmpty() ? resource : resource + "/" + subresource;
        return group.isEmpty() ? name : name + "." + group;
    }
}
