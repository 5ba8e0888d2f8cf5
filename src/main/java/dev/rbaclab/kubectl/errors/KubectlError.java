package dev.rbaclab.kubectl.errors;

/**
 * Something that ends a command, rendered once by {@link ErrorPrinter} as kubectl's {@code cmdutil.CheckErr}
 * renders Go errors. The subclasses mirror the Go error types kubectl tells apart.
 */
public abstract class KubectlError extends RuntimeException {

    protected KubectlError(String message) {
        super(message, null, false, false);
    }

    /** The text of Go's {@code err.Error()}. */
    public String text() {
        return getMessage();
    }
}
