package dev.rbaclab.cluster.pods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A container's environment as the kubelet builds it: the image's PATH and HOSTNAME, the service links of the
 * {@code kubernetes} Service (and the namespace's services), then the container's env and envFrom.
 */
final class PodEnvironment {

    private PodEnvironment() {
    }

    static Map<String, String> of(ObjectReader cluster, JsonNode pod, JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOSTNAME", Meta.name(pod));
        env.put("HOME", "/root");
        String namespace = Meta.namespace(pod);
        serviceLinks(env, "kubernetes", "10.96.0.1", 443, "https");
        if (pod.path("spec").path("enableServiceLinks").asBoolean(true)) {
            for (JsonNode service : cluster.list("", "services", namespace)) {
                String ip = service.path("spec").path("clusterIP").asText("");
                JsonNode port = service.path("spec").path("ports").path(0);
                if (!ip.isEmpty() && !ip.equals("None") && !Meta.name(service).equals("kubernetes") && port.has("port")) {
                    serviceLinks(env, Meta.name(service), ip, port.path("port").asInt(), port.path("name").asText(""));
                }
            }
        }
        for (JsonNode from : container.path("envFrom")) {
            String prefix = from.path("prefix").asText("");
            if (from.has("configMapRef")) {
                data(cluster, namespace, "configmaps", from.path("configMapRef").path("name").asText(""), false)
                        .ifPresent(d -> d.fields().forEachRemaining(e -> env.put(prefix + e.getKey(), e.getValue().asText())));
            }
            if (from.has("secretRef")) {
                data(cluster, namespace, "secrets", from.path("secretRef").path("name").asText(""), true)
                        .ifPresent(d -> d.fields().forEachRemaining(e -> env.put(prefix + e.getKey(), decode(e.getValue().asText()))));
            }
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText("");
            if (variable.has("value")) {
                env.put(name, variable.path("value").asText(""));
            } else if (variable.has("valueFrom")) {
                valueFrom(cluster, pod, variable.path("valueFrom")).ifPresent(v -> env.put(name, v));
            }
        }
        return env;
    }

    private static Optional<String> valueFrom(ObjectReader cluster, JsonNode pod, JsonNode from) {
        String namespace = Meta.namespace(pod);
        if (from.has("secretKeyRef")) {
            JsonNode ref = from.path("secretKeyRef");
            return data(cluster, namespace, "secrets", ref.path("name").asText(""), true)
                    .map(d -> d.path(ref.path("key").asText()).asText(null)).map(PodEnvironment::decode);
        }
        if (from.has("configMapKeyRef")) {
            JsonNode ref = from.path("configMapKeyRef");
            return data(cluster, namespace, "configmaps", ref.path("name").asText(""), false)
                    .map(d -> d.path(ref.path("key").asText()).asText(null));
        }
        if (from.has("fieldRef")) {
            String field = from.path("fieldRef").path("fieldPath").asText("");
            JsonNode current = pod;
            for (String part : field.split("\\.")) {
                current = current.path(part);
            }
            return Optional.ofNullable(current.isValueNode() ? current.asText() : null);
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> data(ObjectReader cluster, String namespace, String resource, String name, boolean secret) {
        return cluster.get(new ObjectKey("", resource, namespace, name)).map(o -> (JsonNode) o.path("data"));
    }

    /** Docker-style service links: FOO_SERVICE_HOST, FOO_SERVICE_PORT, FOO_PORT, ... */
    private static void serviceLinks(Map<String, String> env, String service, String ip, int port, String portName) {
        String prefix = service.toUpperCase(Locale.ROOT).replace('-', '_');
        env.put(prefix + "_SERVICE_HOST", ip);
        env.put(prefix + "_SERVICE_PORT", Integer.toString(port));
        if (!portName.isEmpty()) {
            env.put(prefix + "_SERVICE_PORT_" + portName.toUpperCase(Locale.ROOT).replace('-', '_'), Integer.toString(port));
        }
        String address = "tcp://" + ip + ":" + port;
        env.put(prefix + "_PORT", address);
        env.put(prefix + "_PORT_" + port + "_TCP", address);
        env.put(prefix + "_PORT_" + port + "_TCP_PROTO", "tcp");
        env.put(prefix + "_PORT_" + port + "_TCP_PORT", Integer.toString(port));
        env.put(prefix + "_PORT_" + port + "_TCP_ADDR", ip);
    }

    private static String decode(String base64) {
        return base64 == null ? null : new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
