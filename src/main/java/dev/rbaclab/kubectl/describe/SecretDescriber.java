package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * describeSecret (describe.go SecretDescriber): the type, then every data key with its size, except the token of
 * a service-account-token secret, which is printed in clear. Keys are sorted (kubectl v1.32 prints them in Go map
 * order, which varies between runs).
 */
final class SecretDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode secret = client.get(mapping, namespace, name);
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        w.write(PrefixWriter.LEVEL_0, "Namespace:\t%s\n", secret.path("metadata").path("namespace").asText(""));
        MetadataLines.labels(w, "Labels", secret.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", secret.path("metadata").path("annotations"));
        String type = secret.path("type").asText("");
        w.write(PrefixWriter.LEVEL_0, "\nType:\t%s\n", type);
        w.write(PrefixWriter.LEVEL_0, "\nData\n====\n");
        Map<String, byte[]> data = new TreeMap<>();
        secret.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), decode(e.getValue().asText(""))));
        for (Map.Entry<String, byte[]> e : data.entrySet()) {
            if (e.getKey().equals("token") && type.equals("kubernetes.io/service-account-token")) {
                w.write(PrefixWriter.LEVEL_0, "%s:\t%s\n", e.getKey(), new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                w.write(PrefixWriter.LEVEL_0, "%s:\t%d bytes\n", e.getKey(), e.getValue().length);
            }
        }
        return w.text();
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return base64.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
