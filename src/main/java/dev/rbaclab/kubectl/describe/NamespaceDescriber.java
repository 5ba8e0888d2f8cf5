package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * NamespaceDescriber (describe.go): status and conditions, then the namespace's resource quotas and limit ranges
 * (a server without those resources answers 404 and the section is left out; any other error fails).
 */
final class NamespaceDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode ns = client.get(mapping, "", name);
        List<JsonNode> quotas = listOrNull(client, "/api/v1/namespaces/" + name + "/resourcequotas", "resourcequotas");
        List<JsonNode> limits = listOrNull(client, "/api/v1/namespaces/" + name + "/limitranges", "limitranges");
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        MetadataLines.labels(w, "Labels", ns.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", ns.path("metadata").path("annotations"));
        w.write(PrefixWriter.LEVEL_0, "Status:\t%s\n", ns.path("status").path("phase").asText(""));
        if (!ns.path("status").path("conditions").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Conditions:\n");
            w.write(PrefixWriter.LEVEL_1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
            w.write(PrefixWriter.LEVEL_1, "----\t------\t------------------\t------\t-------\n");
            for (JsonNode c : ns.path("status").path("conditions")) {
                w.write(PrefixWriter.LEVEL_1, "%s\t%s\t%s\t%s\t%s\n", c.path("type").asText(""), c.path("status").asText(""),
                        GoTime.rfc1123z(c.path("lastTransitionTime").asText("")), c.path("reason").asText(""),
                        c.path("message").asText(""));
            }
        }
        if (quotas != null) {
            w.write(PrefixWriter.LEVEL_0, "\n");
            quotas(quotas, w);
        }
        if (limits != null) {
            w.write(PrefixWriter.LEVEL_0, "\n");
            limitRanges(limits, w);
        }
        return w.text();
    }

    private static List<JsonNode> listOrNull(DescribeClient client, String path, String resource) {
        try {
            return client.items(client.list(path, resource, "", ""));
        } catch (StatusError e) {
            if (e.isNotFound()) {
                return null;
            }
            throw e;
        }
    }

    // DescribeResourceQuotas
    private static void quotas(List<JsonNode> quotas, PrefixWriter w) {
        if (quotas.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "No resource quota.\n");
            return;
        }
        List<JsonNode> sorted = new ArrayList<>(quotas);
        sorted.sort((a, b) -> a.path("metadata").path("name").asText().compareTo(b.path("metadata").path("name").asText()));
        w.write(PrefixWriter.LEVEL_0, "Resource Quotas\n");
        for (JsonNode q : sorted) {
            w.write(PrefixWriter.LEVEL_1, "Name:\t%s\n", q.path("metadata").path("name").asText());
            w.write(PrefixWriter.LEVEL_1, "Resource\tUsed\tHard\n");
            w.write(PrefixWriter.LEVEL_1, "--------\t---\t---\n");
            Map<String, String> hard = MetadataLines.strings(q.path("status").path("hard"));
            for (Map.Entry<String, String> e : hard.entrySet()) {
                w.write(PrefixWriter.LEVEL_1, "%s\t%s\t%s\n", e.getKey(),
                        q.path("status").path("used").path(e.getKey()).asText("0"), e.getValue());
            }
        }
    }

    // DescribeLimitRanges
    private static void limitRanges(List<JsonNode> ranges, PrefixWriter w) {
        if (ranges.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "No LimitRange resource.\n");
            return;
        }
        w.write(PrefixWriter.LEVEL_0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
        w.write(PrefixWriter.LEVEL_0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
        for (JsonNode range : ranges) {
            for (JsonNode item : range.path("spec").path("limits")) {
                Map<String, Boolean> names = new TreeMap<>();
                for (String field : List.of("max", "min", "default", "defaultRequest", "maxLimitRequestRatio")) {
                    item.path(field).fieldNames().forEachRemaining(n -> names.put(n, true));
                }
                for (String resource : names.keySet()) {
                    w.write(PrefixWriter.LEVEL_0, " %s\t%s\t%s\t%s\t%s\t%s\t%s\n", item.path("type").asText(""), resource,
                            item.path("min").path(resource).asText("-"), item.path("max").path(resource).asText("-"),
                            item.path("defaultRequest").path(resource).asText("-"),
                            item.path("default").path(resource).asText("-"),
                            item.path("maxLimitRequestRatio").path(resource).asText("-"));
                }
            }
        }
    }
}
