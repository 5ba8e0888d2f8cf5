package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;

import java.util.List;

/** {@code kubectl create role NAME --verb ... --resource ...} (create_role.go): errors pass through unwrapped. */
public final class CreateRole implements Command {

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        List<String> verbs = RoleRules.verbs(context.flags().list("verb"));
        List<RoleRules.ResourceOption> resources = RoleRules.resources(context.flags().list("resource"));
        List<String> resourceNames = RoleRules.distinct(context.flags().list("resource-name"));
        if (verbs.isEmpty()) {
            throw new CommandError("at least one verb must be specified");
        }
        for (String verb : verbs) {
            if (!RoleRules.RESOURCE_VERBS.contains(verb)) {
                context.out().printErr("Warning: '" + verb + "' is not a standard resource verb\n");
            }
        }
        if (resources.isEmpty()) {
            throw new CommandError("at least one resource must be specified");
        }
        RoleRules.validate(context, verbs, resources);
        ObjectNode role = GeneratorRun.typed("rbac.authorization.k8s.io/v1", "Role", name, context, true);
        role.set("rules", RoleRules.rules(context, verbs, resources, resourceNames, List.of()));
        GeneratorRun.create(context, role, "/apis/rbac.authorization.k8s.io/v1/namespaces/" + context.namespace() + "/roles",
                "roles", null, true);
    }
}
