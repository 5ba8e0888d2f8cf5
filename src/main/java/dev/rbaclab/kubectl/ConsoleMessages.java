package dev.rbaclab.kubectl;

/**
 * The only texts of the console's kubectl that the real kubectl does not print: where the console cannot do what
 * a terminal does. Kept in English in one place so that the UI can recognise and translate them.
 */
public final class ConsoleMessages {

    public static final String EXPLAIN_NOT_AVAILABLE =
            "error: kubectl explain is not available in the lab console; see https://kubernetes.io/docs/reference/kubernetes-api/";
    public static final String EXEC_NOT_AVAILABLE =
            "kubectl exec is not available in the lab console yet";
    public static final String PROXY_NOT_AVAILABLE =
            "kubectl proxy is not available in the lab console yet";
    public static final String WATCH_NOT_AVAILABLE =
            "watching (-w) is not available in the lab console; run the command again to see changes";
    public static final String FOLLOW_NOT_AVAILABLE =
            "following logs (-f) is not available in the lab console; run the command again to see new lines";
    public static final String INTERACTIVE_NOT_AVAILABLE =
            "interactive sessions (-i, -t) are not available in the lab console";
    public static final String NOT_IN_CONSOLE =
            "kubectl %s is not available in the lab console";
    public static final String HELP_POINTER =
            "%s\n\nThe lab console shows no full help; run \"%s --help\" in a terminal for all options.\n";
    public static final String TOKEN_CREDENTIALS_ONLY =
            "%s is not available in the lab console: the lab's users authenticate with bearer tokens (--token)";
    /** The kubeconfig file kubectl names in "deleted context x from FILE"; the console keeps it in memory. */
    public static final String KUBECONFIG_FILE = "/home/learner/.kube/config";
    /** For the UI to show while an edit session is open (kubectl itself prints nothing then). */
    public static final String EDIT_OPENED =
            "The object is open in the editor; save it there to send the change.";

    private ConsoleMessages() {
    }
}
