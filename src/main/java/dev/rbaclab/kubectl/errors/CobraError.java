package dev.rbaclab.kubectl.errors;

/**
 * An error found before any command runs: unknown commands and flags. kubectl's main hands cobra's error to
 * cmdutil.CheckErr ({@code error: <text>}); only the plugin handler prints its own {@code Error: <text>}
 * (staging/src/k8s.io/kubectl/pkg/cmd/cmd.go). (The gcloud kubectl dispatcher prints all of them with
 * {@code Error:}; the console follows the upstream kubectl.)
 */
public final class CobraError extends KubectlError {

    private final boolean pluginHandler;

    public CobraError(String text) {
        this(text, false);
    }

    private CobraError(String text, boolean pluginHandler) {
        super(text);
        this.pluginHandler = pluginHandler;
    }

    /** A flag problem, with kubectl's pointer to the command's help (kubectl's SetFlagErrorFunc). */
    public static CobraError flag(String commandPath, String message) {
        return new CobraError(message + "\nSee '" + commandPath + " --help' for usage.");
    }

    /** An error of the plugin handler, which prints {@code Error: } itself and exits. */
    public static CobraError ofPluginHandler(String text) {
        return new CobraError(text, true);
    }

    /** The whole text printed: {@code error: ...}, or {@code Error: ...} for the plugin handler. */
    public String printed() {
        String printed = (pluginHandler ? "Error: " : "error: ") + text();
        // checkErr adds a newline unless the text ends with one (suggestions do); the plugin handler always does
        return pluginHandler || !printed.endsWith("\n") ? printed + "\n" : printed;
    }
}
