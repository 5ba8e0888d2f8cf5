package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** describeContainers and its helpers (describe.go, v1.32): image, ports, command, state, resources, env, mounts. */
final class PodContainers {

    private PodContainers() {
    }

    static void describe(String label, JsonNode containers, JsonNode statuses, PrefixWriter w) {
        Map<String, JsonNode> byName = new HashMap<>();
        statuses.forEach(s -> byName.put(s.path("name").asText(), s));
        w.write(PrefixWriter.LEVEL_0, "%s:%s\n", label, containers.isEmpty() ? " <none>" : "");
        for (JsonNode container : containers) {
            JsonNode status = byName.get(container.path("name").asText());
            w.write(PrefixWriter.LEVEL_1, "%s:\n", container.path("name").asText());
            if (status != null) {
                w.write(PrefixWriter.LEVEL_2, "Container ID:\t%s\n", status.path("containerID").asText(""));
            }
            w.write(PrefixWriter.LEVEL_2, "Image:\t%s\n", container.path("image").asText(""));
            if (status != null) {
                w.write(PrefixWriter.LEVEL_2, "Image ID:\t%s\n", status.path("imageID").asText(""));
            }
            ports(container.path("ports"), w);
            command(container, w);
            if (status != null) {
                state("State", status.path("state"), w);
                if (status.path("lastState").has("terminated")) {
                    state("Last State", status.path("lastState"), w);
                }
                w.write(PrefixWriter.LEVEL_2, "Ready:\t%s\n", status.path("ready").asBoolean(false) ? "True" : "False");
                w.write(PrefixWriter.LEVEL_2, "Restart Count:\t%d\n", status.path("restartCount").asLong(0));
            }
            resources(container.path("resources"), w, PrefixWriter.LEVEL_2);
            probes(container, w);
            env(container, w);
            mounts(container.path("volumeMounts"), w);
        }
    }

    private static void ports(JsonNode ports, PrefixWriter w) {
        List<String> container = new ArrayList<>();
        List<String> host = new ArrayList<>();
        for (JsonNode p : ports) {
            container.add(p.path("containerPort").asInt() + "/" + p.path("protocol").asText(""));
            host.add(p.path("hostPort").asInt() + "/" + p.path("protocol").asText(""));
        }
        String portString = String.join(", ", container);
        String hostString = String.join(", ", host);
        if (portString.contains(",")) {
            w.write(PrefixWriter.LEVEL_2, "Ports:\t%s\n", portString);
        } else {
            w.write(PrefixWriter.LEVEL_2, "Port:\t%s\n", portString.isEmpty() ? "<none>" : portString);
        }
        if (hostString.contains(",")) {
            w.write(PrefixWriter.LEVEL_2, "Host Ports:\t%s\n", hostString);
        } else {
            w.write(PrefixWriter.LEVEL_2, "Host Port:\t%s\n", hostString.isEmpty() ? "<none>" : hostString);
        }
    }

    private static void command(JsonNode container, PrefixWriter w) {
        for (String field : List.of("command", "args")) {
            if (container.path(field).isEmpty()) {
                continue;
            }
            w.write(PrefixWriter.LEVEL_2, field.equals("command") ? "Command:\n" : "Args:\n");
            for (JsonNode part : container.path(field)) {
                for (String line : part.asText().split("\n", -1)) {
                    w.write(PrefixWriter.LEVEL_3, "%s\n", line);
                }
            }
        }
    }

    private static void state(String name, JsonNode state, PrefixWriter w) {
        if (state.has("running")) {
            w.write(PrefixWriter.LEVEL_2, "%s:\tRunning\n", name);
            w.write(PrefixWriter.LEVEL_3, "Started:\t%s\n", GoTime.rfc1123z(state.path("running").path("startedAt").asText("")));
        } else if (state.has("waiting")) {
            w.write(PrefixWriter.LEVEL_2, "%s:\tWaiting\n", name);
            if (!state.path("waiting").path("reason").asText("").isEmpty()) {
                w.write(PrefixWriter.LEVEL_3, "Reason:\t%s\n", state.path("waiting").path("reason").asText());
            }
        } else if (state.has("terminated")) {
            JsonNode t = state.path("terminated");
            w.write(PrefixWriter.LEVEL_2, "%s:\tTerminated\n", name);
            if (!t.path("reason").asText("").isEmpty()) {
                w.write(PrefixWriter.LEVEL_3, "Reason:\t%s\n", t.path("reason").asText());
            }
            if (!t.path("message").asText("").isEmpty()) {
                w.write(PrefixWriter.LEVEL_3, "Message:\t%s\n", t.path("message").asText());
            }
            w.write(PrefixWriter.LEVEL_3, "Exit Code:\t%d\n", t.path("exitCode").asInt());
            if (t.path("signal").asInt(0) > 0) {
                w.write(PrefixWriter.LEVEL_3, "Signal:\t%d\n", t.path("signal").asInt());
            }
            w.write(PrefixWriter.LEVEL_3, "Started:\t%s\n", GoTime.rfc1123z(t.path("startedAt").asText("")));
            w.write(PrefixWriter.LEVEL_3, "Finished:\t%s\n", GoTime.rfc1123z(t.path("finishedAt").asText("")));
        } else {
            w.write(PrefixWriter.LEVEL_2, "%s:\tWaiting\n", name);
        }
    }

    static void resources(JsonNode resources, PrefixWriter w, int level) {
        for (String kind : List.of("limits", "requests")) {
            Map<String, String> values = MetadataLines.strings(resources.path(kind));
            if (!values.isEmpty()) {
                w.write(level, kind.equals("limits") ? "Limits:\n" : "Requests:\n");
            }
            values.forEach((k, v) -> w.write(level + 1, "%s:\t%s\n", k, v));
        }
    }

    private static void probes(JsonNode container, PrefixWriter w) {
        String[][] kinds = {{"livenessProbe", "Liveness"}, {"readinessProbe", "Readiness"}, {"startupProbe", "Startup"}};
        for (String[] kind : kinds) {
            JsonNode probe = container.path(kind[0]);
            if (probe.isObject()) {
                w.write(PrefixWriter.LEVEL_2, "%s:\t%s\n", kind[1], probe(probe));
            }
        }
    }

    // DescribeProbe
    private static String probe(JsonNode p) {
        String attrs = String.format("delay=%ds timeout=%ds period=%ds #success=%d #failure=%d",
                p.path("initialDelaySeconds").asInt(), p.path("timeoutSeconds").asInt(), p.path("periodSeconds").asInt(),
                p.path("successThreshold").asInt(), p.path("failureThreshold").asInt());
        if (p.has("exec")) {
            List<String> command = new ArrayList<>();
            p.path("exec").path("command").forEach(c -> command.add(c.asText()));
            return "exec [" + String.join(" ", command) + "] " + attrs;
        }
        if (p.has("httpGet")) {
            JsonNode h = p.path("httpGet");
            String scheme = h.path("scheme").asText("").toLowerCase(java.util.Locale.ROOT);
            String port = h.path("port").asText("");
            String host = port.isEmpty() ? h.path("host").asText("") : h.path("host").asText("") + ":" + port;
            return "http-get " + (scheme.isEmpty() ? "" : scheme + ":") + "//" + host + h.path("path").asText("") + " " + attrs;
        }
        if (p.has("tcpSocket")) {
            return "tcp-socket " + p.path("tcpSocket").path("host").asText("") + ":" + p.path("tcpSocket").path("port").asText("")
                    + " " + attrs;
        }
        if (p.has("grpc")) {
            return "grpc <pod>:" + p.path("grpc").path("port").asInt() + " " + p.path("grpc").path("service").asText("") + " " + attrs;
        }
        return "unknown " + attrs;
    }

    private static void env(JsonNode container, PrefixWriter w) {
        if (!container.path("envFrom").isEmpty()) {
            w.write(PrefixWriter.LEVEL_2, "Environment Variables from:\n");
            for (JsonNode e : container.path("envFrom")) {
                boolean configMap = e.has("configMapRef");
                JsonNode ref = configMap ? e.path("configMapRef") : e.path("secretRef");
                String from = configMap ? "ConfigMap" : e.has("secretRef") ? "Secret" : "";
                boolean optional = ref.path("optional").asBoolean(false);
                String prefix = e.path("prefix").asText("");
                w.write(PrefixWriter.LEVEL_3, "%s\t%s%s\tOptional: %s\n", ref.path("name").asText(""), from,
                        prefix.isEmpty() ? "" : " with prefix '" + prefix + "'", optional);
            }
        }
        w.write(PrefixWriter.LEVEL_2, "Environment:%s\n", container.path("env").isEmpty() ? "\t<none>" : "");
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText("");
            JsonNode from = e.path("valueFrom");
            if (from.isMissingNode() || from.isNull()) {
                String[] lines = e.path("value").asText("").split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i == 0) {
                        w.write(PrefixWriter.LEVEL_3, "%s:\t%s\n", name, lines[i]);
                    } else {
                        w.write(PrefixWriter.LEVEL_3, "\t%s\n", lines[i]);
                    }
                }
            } else if (from.has("fieldRef")) {
                w.write(PrefixWriter.LEVEL_3, "%s:\t%s (%s:%s)\n", name, "", from.path("fieldRef").path("apiVersion").asText(""),
                        from.path("fieldRef").path("fieldPath").asText(""));
            } else if (from.has("resourceFieldRef")) {
                w.write(PrefixWriter.LEVEL_3, "%s:\t%s (%s)\n", name, "", from.path("resourceFieldRef").path("resource").asText(""));
            } else if (from.has("secretKeyRef")) {
                JsonNode ref = from.path("secretKeyRef");
                w.write(PrefixWriter.LEVEL_3, "%s:\t<set to the key '%s' in secret '%s'>\tOptional: %s\n", name,
                        ref.path("key").asText(""), ref.path("name").asText(""), ref.path("optional").asBoolean(false));
            } else if (from.has("configMapKeyRef")) {
                JsonNode ref = from.path("configMapKeyRef");
                w.write(PrefixWriter.LEVEL_3, "%s:\t<set to the key '%s' of config map '%s'>\tOptional: %s\n", name,
                        ref.path("key").asText(""), ref.path("name").asText(""), ref.path("optional").asBoolean(false));
            }
        }
    }

    private static void mounts(JsonNode mounts, PrefixWriter w) {
        w.write(PrefixWriter.LEVEL_2, "Mounts:%s\n", mounts.isEmpty() ? "\t<none>" : "");
        List<JsonNode> sorted = new ArrayList<>();
        mounts.forEach(sorted::add);
        sorted.sort((a, b) -> a.path("mountPath").asText("").compareTo(b.path("mountPath").asText("")));
        for (JsonNode m : sorted) {
            List<String> flags = new ArrayList<>();
            flags.add(m.path("readOnly").asBoolean(false) ? "ro" : "rw");
            if (!m.path("subPath").asText("").isEmpty()) {
                flags.add("path=\"" + m.path("subPath").asText() + "\"");
            }
            w.write(PrefixWriter.LEVEL_3, "%s from %s (%s)\n", m.path("mountPath").asText(""), m.path("name").asText(""),
                    String.join(",", flags));
        }
    }
}
