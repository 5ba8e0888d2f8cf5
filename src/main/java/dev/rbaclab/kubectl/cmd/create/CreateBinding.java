package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;

/**
 * {@code kubectl create rolebinding|clusterrolebinding NAME} (create_rolebinding.go, create_clusterrolebinding.go):
 * subjects in the order users, groups, service accounts ({@code namespace:name}); {@code failed to create ...}.
 */
public final class CreateBinding implements Command {

    private final boolean cluster;

    public CreateBinding(boolean cluster) {
        this.cluster = cluster;
    }

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        String role = cluster ? "" : context.flags().string("role");
        String clusterRole = context.flags().string("clusterrole");
        if (cluster) {
            if (clusterRole.isEmpty()) {
                throw new CommandError("clusterrole must be specified");
            }
        } else if (clusterRole.isEmpty() == role.isEmpty()) {
            throw new CommandError("exactly one of clusterrole or role must be specified");
        }
        String kind = cluster ? "ClusterRoleBinding" : "RoleBinding";
        ObjectNode binding = GeneratorRun.typed("rbac.authorization.k8s.io/v1", kind, name, context, !cluster);
        ArrayNode subjects = binding.putArray("subjects");
        for (String user : context.flags().list("user")) {
            subjects.addObject().put("kind", "User").put("apiGroup", "rbac.authorization.k8s.io").put("name", user);
        }
        for (String group : context.flags().list("group")) {
            subjects.addObject().put("kind", "Group").put("apiGroup", "rbac.authorization.k8s.io").put("name", group);
        }
        for (String sa : context.flags().list("serviceaccount")) {
            String[] tokens = sa.split(":", -1);
            if (tokens.length != 2 || tokens[0].isEmpty() || tokens[1].isEmpty()) {
                throw new CommandError("serviceaccount must be <namespace>:<name>");
            }
            subjects.addObject().put("kind", "ServiceAccount").put("name", tokens[1]).put("namespace", tokens[0]);
        }
        if (subjects.isEmpty()) {
            binding.remove("subjects");
        }
        binding.putObject("roleRef").put("apiGroup", "rbac.authorization.k8s.io")
                .put("kind", role.isEmpty() ? "ClusterRole" : "Role").put("name", role.isEmpty() ? clusterRole : role);
        String path = cluster ? "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings"
                : "/apis/rbac.authorization.k8s.io/v1/namespaces/" + context.namespace() + "/rolebindings";
        GeneratorRun.create(context, binding, path, cluster ? "clusterrolebindings" : "rolebindings",
                "failed to create " + kind.toLowerCase(java.util.Locale.ROOT) + ": ", false);
    }
}
