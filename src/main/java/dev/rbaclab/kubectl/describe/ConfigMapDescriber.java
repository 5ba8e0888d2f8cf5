package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * ConfigMapDescriber (describe.go): every data key with its value under a {@code ----} line, binary data by size.
 * Keys are sorted (kubectl v1.32 prints them in Go map order, which varies).
 */
final class ConfigMapDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode cm = client.get(mapping, namespace, name);
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        w.write(PrefixWriter.LEVEL_0, "Namespace:\t%s\n", cm.path("metadata").path("namespace").asText(""));
        MetadataLines.labels(w, "Labels", cm.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", cm.path("metadata").path("annotations"));
        w.write(PrefixWriter.LEVEL_0, "\nData\n====\n");
        for (Map.Entry<String, String> e : MetadataLines.strings(cm.path("data")).entrySet()) {
            w.write(PrefixWriter.LEVEL_0, "%s:\n----\n", e.getKey());
            w.write(PrefixWriter.LEVEL_0, "%s\n", e.getValue());
            w.write(PrefixWriter.LEVEL_0, "\n");
        }
        w.write(PrefixWriter.LEVEL_0, "\nBinaryData\n====\n");
        Map<String, Integer> binary = new TreeMap<>();
        cm.path("binaryData").fields().forEachRemaining(e -> binary.put(e.getKey(), size(e.getValue().asText(""))));
        binary.forEach((k, v) -> w.write(PrefixWriter.LEVEL_0, "%s: %d bytes\n", k, v));
        w.write(PrefixWriter.LEVEL_0, "\n");
        if (client.showEvents()) {
            Events.describe(Events.search(client, namespace, name, "ConfigMap", cm.path("metadata").path("uid").asText("")), w);
        }
        return w.text();
    }

    private static int size(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length();
        }
    }
}
