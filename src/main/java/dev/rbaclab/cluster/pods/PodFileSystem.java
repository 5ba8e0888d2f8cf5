package dev.rbaclab.cluster.pods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files a simulated container sees: its mounts (the projected ServiceAccount token volume, secret and configMap
 * volumes) and a few files every busybox image has. Read-only, like the real mounts; the shell keeps its own writes.
 */
public final class PodFileSystem {

    private final TreeMap<String, String> files = new TreeMap<>();

    private PodFileSystem() {
    }

    /** Builds the view of one container of a pod. */
    public static PodFileSystem of(ObjectReader cluster, JsonNode pod, JsonNode container, String caPem,
                                   java.util.function.Supplier<String> token) {
        PodFileSystem fs = new PodFileSystem();
        String namespace = Meta.namespace(pod);
        fs.files.put("/etc/hostname", Meta.name(pod) + "\n");
        fs.files.put("/etc/hosts", "127.0.0.1\tlocalhost\n" + pod.path("status").path("podIP").asText("10.244.0.2") + "\t"
                + Meta.name(pod) + "\n");
        fs.files.put("/etc/resolv.conf", "search " + namespace + ".svc.cluster.local svc.cluster.local cluster.local\n"
                + "nameserver 10.96.0.10\noptions ndots:5\n");
        fs.files.put("/etc/os-release", "NAME=\"BusyBox\"\nID=busybox\n");
        for (JsonNode mount : container.path("volumeMounts")) {
            JsonNode volume = volume(pod, mount.path("name").asText(""));
            if (volume == null) {
                continue;
            }
            String path = mount.path("mountPath").asText("");
            if (volume.has("projected")) {
                fs.mountProjected(cluster, namespace, path, volume.path("projected"), caPem, token);
            } else if (volume.has("secret")) {
                cluster.get(new ObjectKey("", "secrets", namespace, volume.path("secret").path("secretName").asText("")))
                        .ifPresent(secret -> fs.mountData(path, secret.path("data"), true));
            } else if (volume.has("configMap")) {
                cluster.get(new ObjectKey("", "configmaps", namespace, volume.path("configMap").path("name").asText("")))
                        .ifPresent(cm -> fs.mountData(path, cm.path("data"), false));
            }
        }
        return fs;
    }

    private void mountProjected(ObjectReader cluster, String namespace, String path, JsonNode projected, String caPem,
                                java.util.function.Supplier<String> token) {
        for (JsonNode source : projected.path("sources")) {
            if (source.has("serviceAccountToken")) {
                files.put(path + "/" + source.path("serviceAccountToken").path("path").asText("token"), token.get());
            } else if (source.has("configMap")) {
                Optional<com.fasterxml.jackson.databind.node.ObjectNode> cm = cluster.get(new ObjectKey("", "configmaps",
                        namespace, source.path("configMap").path("name").asText("")));
                for (JsonNode item : source.path("configMap").path("items")) {
                    String value = cm.map(c -> c.path("data").path(item.path("key").asText()).asText(null)).orElse(null);
                    if (value == null && item.path("key").asText().equals("ca.crt")) {
                        value = caPem;
                    }
                    if (value != null) {
                        files.put(path + "/" + item.path("path").asText(), value);
                    }
                }
            } else if (source.has("downwardAPI")) {
                for (JsonNode item : source.path("downwardAPI").path("items")) {
                    if (item.path("fieldRef").path("fieldPath").asText().equals("metadata.namespace")) {
                        files.put(path + "/" + item.path("path").asText(), namespace);
                    }
                }
            }
        }
    }

    private void mountData(String path, JsonNode data, boolean base64) {
        data.fields().forEachRemaining(entry -> files.put(path + "/" + entry.getKey(), base64
                ? new String(Base64.getDecoder().decode(entry.getValue().asText()), StandardCharsets.UTF_8)
                : entry.getValue().asText()));
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("spec").path("volumes")) {
            if (volume.path("name").asText("").equals(name)) {
                return volume;
            }
        }
        return null;
    }

    public Map<String, String> files() {
        return files;
    }
}
