package dev.rbaclab.kubectl.errors;

/** An exit with a given code and text as is (utilexec.ExitError, or output already formatted). */
public final class ExitError extends KubectlError {

    private final int code;

    public ExitError(int code, String text) {
        super(text);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
