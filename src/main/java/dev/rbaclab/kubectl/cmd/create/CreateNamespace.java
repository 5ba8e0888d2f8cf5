package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;

/** {@code kubectl create namespace NAME} (create_namespace.go): errors from the server pass through unwrapped. */
public final class CreateNamespace implements Command {

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        ObjectNode namespace = GeneratorRun.typed("v1", "Namespace", name, context, false);
        namespace.putObject("spec");
        namespace.putObject("status");
        GeneratorRun.create(context, namespace, "/api/v1/namespaces", "namespaces", null, true);
    }
}
