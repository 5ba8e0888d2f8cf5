package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.StatusError;
import dev.rbaclab.kubectl.printers.HumanDuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * NodeDescriber of kubectl v1.32 (describe.go): roles from labels, lease, conditions, addresses, capacity, system
 * info, the non-terminated pods on the node (or {@code not authorized}) with their requests and limits, and the
 * events recorded under the node's uid and under its name.
 */
final class NodeDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode node = client.get(mapping, "", name);
        List<JsonNode> pods = null;
        try {
            pods = client.items(client.list("/api/v1/pods", "pods", "",
                    "spec.nodeName=" + name + ",status.phase!=Succeeded,status.phase!=Failed"));
        } catch (StatusError e) {
            if (!e.isForbidden()) {
                throw e;
            }
        }
        List<JsonNode> events = null;
        if (client.showEvents()) {
            events = new ArrayList<>(Events.search(client, "", name, "Node", node.path("metadata").path("uid").asText("")));
            events.addAll(Events.search(client, "", name, "Node", name));
        }
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        List<String> roles = roles(node.path("metadata").path("labels"));
        w.write(PrefixWriter.LEVEL_0, "Roles:\t%s\n", roles.isEmpty() ? "<none>" : String.join(",", roles));
        MetadataLines.labels(w, "Labels", node.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", node.path("metadata").path("annotations"));
        w.write(PrefixWriter.LEVEL_0, "CreationTimestamp:\t%s\n", GoTime.rfc1123z(node.path("metadata").path("creationTimestamp").asText("")));
        taints(w, node.path("spec").path("taints"));
        w.write(PrefixWriter.LEVEL_0, "Unschedulable:\t%s\n", node.path("spec").path("unschedulable").asBoolean(false));
        lease(w, client, name);
        JsonNode conditions = node.path("status").path("conditions");
        if (!conditions.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(PrefixWriter.LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for (JsonNode c : conditions) {
                w.write(PrefixWriter.LEVEL_1, "%s \t%s \t%s \t%s \t%s \t%s\n", c.path("type").asText(""),
                        c.path("status").asText(""), GoTime.rfc1123z(c.path("lastHeartbeatTime").asText("")),
                        GoTime.rfc1123z(c.path("lastTransitionTime").asText("")), c.path("reason").asText(""),
                        c.path("message").asText(""));
            }
        }
        w.write(PrefixWriter.LEVEL_0, "Addresses:\n");
        for (JsonNode address : node.path("status").path("addresses")) {
            w.write(PrefixWriter.LEVEL_1, "%s:\t%s\n", address.path("type").asText(""), address.path("address").asText(""));
        }
        resourceList(w, "Capacity", node.path("status").path("capacity"));
        resourceList(w, "Allocatable", node.path("status").path("allocatable"));
        JsonNode info = node.path("status").path("nodeInfo");
        w.write(PrefixWriter.LEVEL_0, "System Info:\n");
        w.write(PrefixWriter.LEVEL_0, "  Machine ID:\t%s\n", info.path("machineID").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  System UUID:\t%s\n", info.path("systemUUID").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  Boot ID:\t%s\n", info.path("bootID").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  Kernel Version:\t%s\n", info.path("kernelVersion").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  OS Image:\t%s\n", info.path("osImage").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  Operating System:\t%s\n", info.path("operatingSystem").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  Architecture:\t%s\n", info.path("architecture").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  Container Runtime Version:\t%s\n", info.path("containerRuntimeVersion").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  Kubelet Version:\t%s\n", info.path("kubeletVersion").asText(""));
        w.write(PrefixWriter.LEVEL_0, "  Kube-Proxy Version:\t%s\n", info.path("kubeProxyVersion").asText(""));
        JsonNode spec = node.path("spec");
        if (!spec.path("podCIDR").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "PodCIDR:\t%s\n", spec.path("podCIDR").asText());
        }
        List<String> cidrs = MetadataLines.list(spec.path("podCIDRs"));
        if (!cidrs.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "PodCIDRs:\t%s\n", String.join(",", cidrs));
        }
        if (!spec.path("providerID").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "ProviderID:\t%s\n", spec.path("providerID").asText());
        }
        if (pods != null) {
            NodeResources.describe(pods, node, w);
        } else {
            w.write(PrefixWriter.LEVEL_0, "Pods:\tnot authorized\n");
        }
        if (events != null) {
            Events.describe(events, w);
        }
        return w.text();
    }

    private static void lease(PrefixWriter w, DescribeClient client, String name) {
        try {
            JsonNode lease = client.get("/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/" + name,
                    "leases", name);
            JsonNode spec = lease.path("spec");
            w.write(PrefixWriter.LEVEL_0, "Lease:\n");
            w.write(PrefixWriter.LEVEL_1, "HolderIdentity:\t%s\n", spec.path("holderIdentity").asText("<unset>"));
            w.write(PrefixWriter.LEVEL_1, "AcquireTime:\t%s\n", spec.hasNonNull("acquireTime")
                    ? GoTime.rfc1123z(spec.path("acquireTime").asText()) : "<unset>");
            w.write(PrefixWriter.LEVEL_1, "RenewTime:\t%s\n", spec.hasNonNull("renewTime")
                    ? GoTime.rfc1123z(spec.path("renewTime").asText()) : "<unset>");
        } catch (KubectlError e) {
            w.write(PrefixWriter.LEVEL_0, "Lease:\tFailed to get lease: %s\n", e.text());
        }
    }

    private static void taints(PrefixWriter w, JsonNode taints) {
        w.write(PrefixWriter.LEVEL_0, "Taints:\t");
        if (taints.isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        List<JsonNode> sorted = new ArrayList<>();
        taints.forEach(sorted::add);
        sorted.sort((a, b) -> (a.path("effect").asText() + "," + a.path("key").asText())
                .compareTo(b.path("effect").asText() + "," + b.path("key").asText()));
        boolean first = true;
        for (JsonNode t : sorted) {
            if (!first) {
                w.write(PrefixWriter.LEVEL_0, "\t");
            }
            first = false;
            String value = t.path("value").asText("");
            w.write(PrefixWriter.LEVEL_0, "%s\n", t.path("key").asText() + (value.isEmpty() ? "" : "=" + value) + ":"
                    + t.path("effect").asText());
        }
    }

    private static void resourceList(PrefixWriter w, String title, JsonNode list) {
        if (list.isEmpty()) {
            return;
        }
        w.write(PrefixWriter.LEVEL_0, "%s:\n", title);
        for (Map.Entry<String, String> e : MetadataLines.strings(list).entrySet()) {
            w.write(PrefixWriter.LEVEL_0, "  %s:\t%s\n", e.getKey(), e.getValue());
        }
    }

    // findNodeRoles: node-role.kubernetes.io/<role> labels and kubernetes.io/role=<role>
    private static List<String> roles(JsonNode labels) {
        TreeSet<String> roles = new TreeSet<>();
        labels.fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("node-role.kubernetes.io/")) {
                String role = e.getKey().substring("node-role.kubernetes.io/".length());
                if (!role.isEmpty()) {
                    roles.add(role);
                }
            } else if (e.getKey().equals("kubernetes.io/role") && !e.getValue().asText().isEmpty()) {
                roles.add(e.getValue().asText());
            }
        });
        return new ArrayList<>(roles);
    }

    static String age(JsonNode object) {
        return HumanDuration.sinceTimestamp(object.path("metadata").path("creationTimestamp").asText(""));
    }
}
