package dev.rbaclab.kubectl.errors;

/** A plain Go error ({@code fmt.Errorf}); printed as {@code error: <text>}. */
public final class CommandError extends KubectlError {

    public CommandError(String message) {
        super(message);
    }

    public static CommandError of(String format, Object... args) {
        return new CommandError(String.format(format, args));
    }
}
