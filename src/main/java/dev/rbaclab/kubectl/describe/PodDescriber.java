package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.printers.HumanDuration;

import java.util.ArrayList;
import java.util.List;

/**
 * describePod of kubectl v1.32 (describe.go PodDescriber): status, IPs, containers ({@link PodContainers}),
 * conditions, volumes ({@link PodVolumes}), QoS class, node selectors, tolerations and the pod's events
 * (searched by name, namespace and uid, without the kind).
 */
final class PodDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode pod = client.get(mapping, namespace, name);
        List<JsonNode> events = client.showEvents()
                ? Events.search(client, namespace, name, "", pod.path("metadata").path("uid").asText("")) : null;
        JsonNode metadata = pod.path("metadata");
        JsonNode spec = pod.path("spec");
        JsonNode status = pod.path("status");
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        w.write(PrefixWriter.LEVEL_0, "Namespace:\t%s\n", metadata.path("namespace").asText(""));
        if (spec.hasNonNull("priority")) {
            w.write(PrefixWriter.LEVEL_0, "Priority:\t%d\n", spec.path("priority").asLong());
        }
        if (!spec.path("priorityClassName").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Priority Class Name:\t%s\n", spec.path("priorityClassName").asText());
        }
        if (!spec.path("runtimeClassName").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Runtime Class Name:\t%s\n", spec.path("runtimeClassName").asText());
        }
        if (!spec.path("serviceAccountName").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Service Account:\t%s\n", spec.path("serviceAccountName").asText());
        }
        String nodeName = spec.path("nodeName").asText("");
        w.write(PrefixWriter.LEVEL_0, "Node:\t%s\n", nodeName.isEmpty() ? "<none>" : nodeName + "/" + status.path("hostIP").asText(""));
        if (status.hasNonNull("startTime")) {
            w.write(PrefixWriter.LEVEL_0, "Start Time:\t%s\n", GoTime.rfc1123z(status.path("startTime").asText()));
        }
        MetadataLines.labels(w, "Labels", metadata.path("labels"));
        MetadataLines.annotations(w, "Annotations", metadata.path("annotations"));
        String phase = status.path("phase").asText("");
        if (metadata.hasNonNull("deletionTimestamp") && !phase.equals("Failed") && !phase.equals("Succeeded")) {
            w.write(PrefixWriter.LEVEL_0, "Status:\tTerminating (lasts %s)\n",
                    HumanDuration.sinceTimestamp(metadata.path("deletionTimestamp").asText()));
            w.write(PrefixWriter.LEVEL_0, "Termination Grace Period:\t%ds\n", metadata.path("deletionGracePeriodSeconds").asLong());
        } else {
            w.write(PrefixWriter.LEVEL_0, "Status:\t%s\n", phase);
        }
        if (!status.path("reason").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Reason:\t%s\n", status.path("reason").asText());
        }
        if (!status.path("message").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Message:\t%s\n", status.path("message").asText());
        }
        JsonNode seccomp = spec.path("securityContext").path("seccompProfile");
        if (!seccomp.isMissingNode() && !seccomp.isNull()) {
            w.write(PrefixWriter.LEVEL_0, "SeccompProfile:\t%s\n", seccomp.path("type").asText(""));
            if (seccomp.path("type").asText("").equals("Localhost")) {
                w.write(PrefixWriter.LEVEL_0, "LocalhostProfile:\t%s\n", seccomp.path("localhostProfile").asText(""));
            }
        }
        w.write(PrefixWriter.LEVEL_0, "IP:\t%s\n", status.path("podIP").asText(""));
        if (status.path("podIPs").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "IPs:\t<none>\n");
        } else {
            w.write(PrefixWriter.LEVEL_0, "IPs:\n");
            for (JsonNode ip : status.path("podIPs")) {
                w.write(PrefixWriter.LEVEL_1, "IP:\t%s\n", ip.path("ip").asText(""));
            }
        }
        for (JsonNode owner : metadata.path("ownerReferences")) {
            if (owner.path("controller").asBoolean(false)) {
                w.write(PrefixWriter.LEVEL_0, "Controlled By:\t%s/%s\n", owner.path("kind").asText(), owner.path("name").asText());
                break;
            }
        }
        if (!status.path("nominatedNodeName").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "NominatedNodeName:\t%s\n", status.path("nominatedNodeName").asText());
        }
        if (spec.path("resources").isObject()) {
            w.write(PrefixWriter.LEVEL_0, "Resources:\n");
            PodContainers.resources(spec.path("resources"), w, PrefixWriter.LEVEL_1);
        }
        if (!spec.path("initContainers").isEmpty()) {
            PodContainers.describe("Init Containers", spec.path("initContainers"), status.path("initContainerStatuses"), w);
        }
        PodContainers.describe("Containers", spec.path("containers"), status.path("containerStatuses"), w);
        if (!spec.path("readinessGates").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Readiness Gates:\n  Type\tStatus\n");
            for (JsonNode gate : spec.path("readinessGates")) {
                String gateStatus = "<none>";
                for (JsonNode c : status.path("conditions")) {
                    if (c.path("type").asText().equals(gate.path("conditionType").asText())) {
                        gateStatus = c.path("status").asText();
                        break;
                    }
                }
                w.write(PrefixWriter.LEVEL_1, "%s \t%s \n", gate.path("conditionType").asText(), gateStatus);
            }
        }
        if (!status.path("conditions").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Conditions:\n  Type\tStatus\n");
            for (JsonNode c : status.path("conditions")) {
                w.write(PrefixWriter.LEVEL_1, "%s \t%s \n", c.path("type").asText(""), c.path("status").asText(""));
            }
        }
        PodVolumes.describe(spec.path("volumes"), w);
        w.write(PrefixWriter.LEVEL_0, "QoS Class:\t%s\n", qosClass(pod));
        MetadataLines.labels(w, "Node-Selectors", spec.path("nodeSelector"));
        tolerations(w, spec.path("tolerations"));
        if (events != null) {
            Events.describe(events, w);
        }
        return w.text();
    }

    // qos.GetPodQOS: the status field when set, else computed from the containers' resources
    private static String qosClass(JsonNode pod) {
        String fromStatus = pod.path("status").path("qosClass").asText("");
        if (!fromStatus.isEmpty()) {
            return fromStatus;
        }
        boolean anyResource = false;
        boolean guaranteed = true;
        for (JsonNode c : pod.path("spec").path("containers")) {
            JsonNode requests = c.path("resources").path("requests");
            JsonNode limits = c.path("resources").path("limits");
            anyResource |= !requests.isEmpty() || !limits.isEmpty();
            for (String resource : List.of("cpu", "memory")) {
                String limit = limits.path(resource).asText("");
                String request = requests.path(resource).asText(limit);
                if (limit.isEmpty() || !limit.equals(request)) {
                    guaranteed = false;
                }
            }
        }
        if (!anyResource) {
            return "BestEffort";
        }
        return guaranteed ? "Guaranteed" : "Burstable";
    }

    private static void tolerations(PrefixWriter w, JsonNode tolerations) {
        w.write(PrefixWriter.LEVEL_0, "Tolerations:\t");
        if (tolerations.isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        List<JsonNode> sorted = new ArrayList<>();
        tolerations.forEach(sorted::add);
        sorted.sort((a, b) -> a.path("key").asText("").compareTo(b.path("key").asText("")));
        boolean first = true;
        for (JsonNode t : sorted) {
            if (!first) {
                w.write(PrefixWriter.LEVEL_0, "\t");
            }
            first = false;
            StringBuilder sb = new StringBuilder(t.path("key").asText(""));
            String value = t.path("value").asText("");
            String effect = t.path("effect").asText("");
            if (!value.isEmpty()) {
                sb.append('=').append(value);
            }
            if (!effect.isEmpty()) {
                sb.append(':').append(effect);
            }
            if (t.path("operator").asText("").equals("Exists") && value.isEmpty()) {
                sb.append(t.path("key").asText("").isEmpty() && effect.isEmpty() ? "op=Exists" : " op=Exists");
            }
            if (t.hasNonNull("tolerationSeconds")) {
                sb.append(" for ").append(t.path("tolerationSeconds").asLong()).append('s');
            }
            w.write(PrefixWriter.LEVEL_0, "%s\n", sb.toString());
        }
    }
}
