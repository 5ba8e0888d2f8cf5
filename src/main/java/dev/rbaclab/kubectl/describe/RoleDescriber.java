package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.rbac.PolicyRules;
import dev.rbaclab.kubectl.rbac.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * RoleDescriber and ClusterRoleDescriber (describe.go): the rules broken down, compacted and sorted
 * ({@link PolicyRules}), one line per rule under {@code Resources  Non-Resource URLs  Resource Names  Verbs}.
 */
final class RoleDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode role = client.get(mapping, namespace, name);
        List<Rule> rules = new ArrayList<>();
        role.path("rules").forEach(r -> rules.add(Rule.fromJson(r)));
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        MetadataLines.labels(w, "Labels", role.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", role.path("metadata").path("annotations"));
        w.write(PrefixWriter.LEVEL_0, "PolicyRule:\n");
        w.write(PrefixWriter.LEVEL_1, "Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
        w.write(PrefixWriter.LEVEL_1, "---------\t-----------------\t--------------\t-----\n");
        for (Rule r : PolicyRules.expandAndSort(rules)) {
            w.write(PrefixWriter.LEVEL_1, "%s\t%s\t%s\t%s\n", PolicyRules.combineResourceGroup(r.resources(), r.apiGroups()),
                    GoValues.list(r.nonResourceURLs()), GoValues.list(r.resourceNames()), GoValues.list(r.verbs()));
        }
        return w.text();
    }
}
