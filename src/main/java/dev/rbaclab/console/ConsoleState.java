package dev.rbaclab.console;

import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.Map;

/** What a console keeps across commands and restarts: its kubeconfig, the files saved on the workstation, its cwd. */
public record ConsoleState(KubeconfigState kubeconfig, Map<String, String> files, String cwd) {

    public ConsoleState {
        files = Map.copyOf(files);
    }
}
