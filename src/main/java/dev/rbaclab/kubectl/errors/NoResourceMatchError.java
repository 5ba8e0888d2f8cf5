package dev.rbaclab.kubectl.errors;

/** meta.NoResourceMatchError: a resource name discovery does not know. */
public final class NoResourceMatchError extends KubectlError {

    private final String resource;
    private final String group;
    private final String version;

    public NoResourceMatchError(String resource, String group, String version) {
        super("no matches for " + resource);
        this.resource = resource;
        this.group = group == null ? "" : group;
        this.version = version == null ? "" : version;
    }

    /** The sentence cmdutil.CheckErr prints for it. */
    public String sentence() {
        if (!group.isEmpty() && !version.isEmpty()) {
            return String.format("the server doesn't have a resource type \"%s\" in group \"%s\" and version \"%s\"",
                    resource, group, version);
        }
        if (!group.isEmpty()) {
            return String.format("the server doesn't have a resource type \"%s\" in group \"%s\"", resource, group);
        }
        if (!version.isEmpty()) {
            return String.format("the server doesn't have a resource type \"%s\" in version \"%s\"", resource, version);
        }
        return String.format("the server doesn't have a resource type \"%s\"", resource);
    }
}
