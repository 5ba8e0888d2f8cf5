package dev.rbaclab.cluster.registry.patch;

/** A patch that cannot be applied; the registry turns it into the Status Kubernetes answers. */
public final class PatchException extends RuntimeException {

    private final boolean invalid;

    private PatchException(String message, boolean invalid) {
        super(message, null, false, false);
        this.invalid = invalid;
    }

    /** A patch body that does not parse or has the wrong shape (400 BadRequest). */
    public static PatchException badRequest(String message) {
        return new PatchException(message, false);
    }

    /**
     * A well-formed JSON patch that cannot apply to this object (a failed test, a missing path): a 422 whose message
     * the API server replaces by a generic sentence, so this one only helps in tests and logs.
     */
    public static PatchException unprocessable(String message) {
        return new PatchException(message, true);
    }

    public boolean invalid() {
        return invalid;
    }
}
