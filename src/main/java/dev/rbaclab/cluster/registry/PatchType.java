package dev.rbaclab.cluster.registry;

import java.util.Locale;

/** The patch content types the API server accepts. */
public enum PatchType {
    JSON("application/json-patch+json"),
    MERGE("application/merge-patch+json"),
    STRATEGIC("application/strategic-merge-patch+json"),
    APPLY("application/apply-patch+yaml");

    private final String contentType;

    PatchType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The patch type of a Content-Type header, or null when it is not one. */
    public static PatchType fromContentType(String header) {
        if (header == null) {
            return null;
        }
        String mediaType = header.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (PatchType type : values()) {
            if (type.contentType.equals(mediaType)) {
                return type;
            }
        }
        return null;
    }
}
