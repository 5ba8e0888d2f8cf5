package dev.rbaclab.kubectl;

import dev.rbaclab.kubectl.config.KubeconfigState;

import java.util.List;

/**
 * What a command printed and how it ended, plus what the console needs beyond the terminal:
 * <ul>
 *   <li>{@code auditIds}: the audit event of every request the command made, in order (the UI explains each);</li>
 *   <li>{@code kubeconfig}: the new kubeconfig after {@code kubectl config ...}, or null when unchanged;</li>
 *   <li>{@code kubeconfigPath}: where that kubeconfig goes — the file {@code --kubeconfig} named, or null for the
 *       console's own;</li>
 *   <li>{@code edit}: for {@code kubectl edit}, the object to open in the console's editor (see {@link EditSession}),
 *       otherwise null.</li>
 * </ul>
 */
public record CommandResult(String stdout, String stderr, int exitCode, List<Long> auditIds,
                            KubeconfigState kubeconfig, String kubeconfigPath, EditSession edit) {

    public CommandResult {
        auditIds = List.copyOf(auditIds);
    }
}
