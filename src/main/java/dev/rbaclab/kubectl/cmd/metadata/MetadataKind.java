package dev.rbaclab.kubectl.cmd.metadata;

/** What {@link MetadataCommand} changes: labels or annotations. */
public enum MetadataKind {
    LABEL("label", "labels", "labels"), ANNOTATION("annotation", "annotations", "annotations");

    private final String noun;
    private final String plural;
    private final String field;

    MetadataKind(String noun, String plural, String field) {
        this.noun = noun;
        this.plural = plural;
        this.field = field;
    }

    String noun() {
        return noun;
    }

    String plural() {
        return plural;
    }

    /** The metadata field: {@code labels} or {@code annotations}. */
    String field() {
        return field;
    }
}
