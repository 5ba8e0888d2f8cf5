package dev.rbaclab.kubectl.errors;

/**
 * An error cobra prints itself, before any command runs: unknown commands and flags. Printed as
 * {@code Error: <text>} (capital E), unlike the errors of running commands.
 */
public final class CobraError extends KubectlError {

    public CobraError(String text) {
        super(text);
    }

    /** A flag problem, with kubectl's pointer to the command's help (kubectl's SetFlagErrorFunc). */
    public static CobraError flag(String commandPath, String message) {
        return new CobraError(message + "\nSee '" + commandPath + " --help' for usage.");
    }
}
