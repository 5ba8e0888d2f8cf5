package dev.rbaclab.kubectl.cmd.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kubectl create clusterrole NAME} (create_clusterrole.go): a role rule plus {@code --non-resource-url}, or
 * only {@code --aggregation-rule=key=value,...} (then {@code rules} stays null, as the typed object writes it).
 */
public final class CreateClusterRole implements Command {

    @Override
    public void run(CommandContext context) {
        String name = GeneratorRun.name(context);
        List<String> verbs = RoleRules.verbs(context.flags().list("verb"));
        List<RoleRules.ResourceOption> resources = RoleRules.resources(context.flags().list("resource"));
        List<String> resourceNames = RoleRules.distinct(context.flags().list("resource-name"));
        List<String> urls = RoleRules.distinct(context.flags().list("non-resource-url"));
        Map<String, String> aggregation = aggregation(context.flags().string("aggregation-rule"));
        ObjectNode role = GeneratorRun.typed("rbac.authorization.k8s.io/v1", "ClusterRole", name, context, false);
        if (!aggregation.isEmpty()) {
            if (!urls.isEmpty() || !verbs.isEmpty() || !resources.isEmpty() || !resourceNames.isEmpty()) {
                throw new CommandError("aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames");
            }
            role.putNull("rules");
            ObjectNode labels = role.putObject("aggregationRule").putArray("clusterRoleSelectors").addObject()
                    .putObject("matchLabels");
            aggregation.forEach(labels::put);
        } else {
            validate(context, verbs, resources, urls);
            role.set("rules", RoleRules.rules(context, verbs, resources, resourceNames, urls));
        }
        GeneratorRun.create(context, role, "/apis/rbac.authorization.k8s.io/v1/clusterroles", "clusterroles", null, false);
    }

    private static void validate(CommandContext context, List<String> verbs, List<RoleRules.ResourceOption> resources,
                                 List<String> urls) {
        if (verbs.isEmpty()) {
            throw new CommandError("at least one verb must be specified");
        }
        if (resources.isEmpty() && urls.isEmpty()) {
            throw new CommandError("one of resource or nonResourceURL must be specified");
        }
        if (!resources.isEmpty()) {
            for (String verb : verbs) {
                if (!RoleRules.RESOURCE_VERBS.contains(verb)) {
                    context.out().printErr("Warning: '" + verb + "' is not a standard resource verb\n");
                }
            }
            RoleRules.validate(context, verbs, resources);
        }
        if (!urls.isEmpty()) {
            for (String verb : verbs) {
                if (!RoleRules.NON_RESOURCE_VERBS.contains(verb)) {
                    throw new CommandError("invalid verb: '" + verb + "' for nonResourceURL");
                }
            }
            for (String url : urls) {
                if (url.equals("*")) {
                    continue;
                }
                if (url.isEmpty() || !url.startsWith("/")) {
                    throw new CommandError("nonResourceURL should start with /");
                }
                if (url.substring(0, url.length() - 1).contains("*")) {
                    throw new CommandError("nonResourceURL only supports wildcard matches when '*' is at the end");
                }
            }
        }
    }

    // cliflag.MapStringString: key=value pairs separated by commas
    private static Map<String, String> aggregation(String value) {
        Map<String, String> map = new TreeMap<>();
        if (value.isEmpty()) {
            return map;
        }
        for (String pair : value.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new CommandError("invalid argument \"" + value + "\" for \"--aggregation-rule\" flag: malformed pair, expect string=string");
            }
            map.put(kv[0].trim(), kv[1].trim());
        }
        return map;
    }
}
