package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.KubectlError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * describeServiceAccount of kubectl v1.32 (describe.go ServiceAccountDescriber): the three secret headers
 * padded to one width and printed in sorted order, {@code (not found)} after secrets that do not exist, and as
 * tokens only the {@code kubernetes.io/service-account-token} secrets whose name and uid annotations match.
 * Listing secrets may fail (403): the description is printed anyway.
 */
final class ServiceAccountDescriber implements Describer {

    private static final String EMPTY_HEADER = "                   ";

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode sa = client.get(mapping, namespace, name);
        String uid = sa.path("metadata").path("uid").asText("");
        List<String> tokens = new ArrayList<>();
        Set<String> missing = new HashSet<>();
        try {
            JsonNode secrets = client.list("/api/v1/namespaces/" + namespace + "/secrets", "secrets", "", "");
            Set<String> existing = new HashSet<>();
            for (JsonNode secret : client.items(secrets)) {
                JsonNode annotations = secret.path("metadata").path("annotations");
                if (secret.path("type").asText().equals("kubernetes.io/service-account-token")
                        && annotations.path("kubernetes.io/service-account.name").asText("").equals(name)
                        && annotations.path("kubernetes.io/service-account.uid").asText("").equals(uid)) {
                    tokens.add(secret.path("metadata").path("name").asText());
                }
                existing.add(secret.path("metadata").path("name").asText());
            }
            for (JsonNode ref : sa.path("secrets")) {
                addIfMissing(ref, existing, missing);
            }
            for (JsonNode ref : sa.path("imagePullSecrets")) {
                addIfMissing(ref, existing, missing);
            }
        } catch (KubectlError e) {
            // errors are tolerated: the SA is described with the secrets it references
        }
        List<JsonNode> events = client.showEvents()
                ? Events.search(client, namespace, name, "ServiceAccount", uid) : null;

        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        w.write(PrefixWriter.LEVEL_0, "Namespace:\t%s\n", sa.path("metadata").path("namespace").asText(""));
        MetadataLines.labels(w, "Labels", sa.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", sa.path("metadata").path("annotations"));
        Map<String, List<String>> sections = new LinkedHashMap<>();
        // the headers, sorted as sets.List sorts them
        sections.put("Image pull secrets:", names(sa.path("imagePullSecrets")));
        sections.put("Mountable secrets: ", names(sa.path("secrets")));
        sections.put("Tokens:            ", tokens);
        for (Map.Entry<String, List<String>> section : sections.entrySet()) {
            if (section.getValue().isEmpty()) {
                w.write(PrefixWriter.LEVEL_0, "%s\t<none>\n", section.getKey());
                continue;
            }
            String prefix = section.getKey();
            for (String secret : section.getValue()) {
                w.write(PrefixWriter.LEVEL_0, "%s\t%s%s\n", prefix, secret, missing.contains(secret) ? " (not found)" : "");
                prefix = EMPTY_HEADER;
            }
        }
        if (events != null) {
            Events.describe(events, w);
        }
        return w.text();
    }

    private static void addIfMissing(JsonNode ref, Set<String> existing, Set<String> missing) {
        String secret = ref.path("name").asText("");
        if (!existing.contains(secret)) {
            missing.add(secret);
        }
    }

    private static List<String> names(JsonNode refs) {
        List<String> out = new ArrayList<>();
        refs.forEach(r -> out.add(r.path("name").asText("")));
        return out;
    }
}
