package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;

/** {@code kubectl create serviceaccount NAME} (create_serviceaccount.go): {@code failed to create serviceaccount: ...}. */
public final class CreateServiceAccount implements Command {

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        ObjectNode sa = GeneratorRun.typed("v1", "ServiceAccount", name, context, true);
        GeneratorRun.create(context, sa, GeneratorRun.corePath(context, "serviceaccounts"), "serviceaccounts",
                "failed to create serviceaccount: ", true);
    }
}
