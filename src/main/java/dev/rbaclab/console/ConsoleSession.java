package dev.rbaclab.console;

import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.kubectl.Kubectl;
import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.Locale;

/**
 * One learner's console on one sandbox, in memory: the workstation shell, the console kubectl (with its discovery
 * cache), the kubeconfig, and the pod shell or editor it may be in. Commands on a session run one at a time.
 */
final class ConsoleSession {

    static final String WORKSTATION_PROMPT = "$ ";

    private final String learnerId;
    private final Sandbox sandbox;
    private KubeconfigState kubeconfig;
    private Shell workstation;
    private Kubectl kubectl;
    private Attached attached;
    private PendingEdit pendingEdit;
    private Locale locale = Locale.ENGLISH;
    private ConsoleState saved;

    ConsoleSession(String learnerId, Sandbox sandbox, KubeconfigState kubeconfig) {
        this.learnerId = learnerId;
        this.sandbox = sandbox;
        this.kubeconfig = kubeconfig;
    }

    String learnerId() {
        return learnerId;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    KubeconfigState kubeconfig() {
        return kubeconfig;
    }

    void kubeconfig(KubeconfigState value) {
        this.kubeconfig = value;
    }

    Shell workstation() {
        return workstation;
    }

    void workstation(Shell value) {
        this.workstation = value;
    }

    Kubectl kubectl() {
        return kubectl;
    }

    void kubectl(Kubectl value) {
        this.kubectl = value;
    }

    Attached attached() {
        return attached;
    }

    void attach(Attached value) {
        this.attached = value;
    }

    PendingEdit pendingEdit() {
        return pendingEdit;
    }

    void pendingEdit(PendingEdit value) {
        this.pendingEdit = value;
    }

    Locale locale() {
        return locale;
    }

    void locale(Locale value) {
        this.locale = value;
    }

    String prompt() {
        return attached != null ? Shell.PROMPT : WORKSTATION_PROMPT;
    }

    /** "context (user)" for the console's header: who the next kubectl command runs as. */
    String contextLabel() {
        String current = kubeconfig.currentContext();
        return kubeconfig.context(current)
                .map(c -> current + " · " + c.user() + (c.namespace().isEmpty() ? "" : " · ns/" + c.namespace()))
                .orElse(current);
    }

    /** The state as last written to the database (null before the first write), so that an unchanged one is not. */
    ConsoleState savedState() {
        return saved;
    }

    void savedState(ConsoleState state) {
        saved = state;
    }
}
