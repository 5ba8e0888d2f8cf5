package dev.rbaclab.console;

import dev.rbaclab.cluster.pods.shell.Shell;

/** The pod shell a console is in after {@code kubectl exec -it <pod> -- sh}, until {@code exit}. */
record Attached(Shell shell, String namespace, String pod, String container) {
}
