package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;

/** RoleBindingDescriber and ClusterRoleBindingDescriber (describe.go): the role and one line per subject. */
final class BindingDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode binding = client.get(mapping, namespace, name);
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        MetadataLines.labels(w, "Labels", binding.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", binding.path("metadata").path("annotations"));
        w.write(PrefixWriter.LEVEL_0, "Role:\n");
        w.write(PrefixWriter.LEVEL_1, "Kind:\t%s\n", binding.path("roleRef").path("kind").asText(""));
        w.write(PrefixWriter.LEVEL_1, "Name:\t%s\n", binding.path("roleRef").path("name").asText(""));
        w.write(PrefixWriter.LEVEL_0, "Subjects:\n");
        w.write(PrefixWriter.LEVEL_1, "Kind\tName\tNamespace\n");
        w.write(PrefixWriter.LEVEL_1, "----\t----\t---------\n");
        for (JsonNode s : binding.path("subjects")) {
            w.write(PrefixWriter.LEVEL_1, "%s\t%s\t%s\n", s.path("kind").asText(""), s.path("name").asText(""),
                    s.path("namespace").asText(""));
        }
        return w.text();
    }
}
