package dev.rbaclab.cluster.printers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Namespaces, ServiceAccounts, Secrets, ConfigMaps, Services and Nodes. */
final class CorePrinters {

    private CorePrinters() {
    }

    static Printer namespaces() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Status", "The status of the namespace"), Column.AGE),
                (ns, now) -> List.of(Meta.name(ns), ns.path("status").path("phase").asText(""), Cells.age(ns, now)));
    }

    static Printer serviceAccounts() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Secrets", "Secrets is a list of the secrets in the same namespace that pods running "
                        + "using this ServiceAccount are allowed to use."), Column.AGE),
                (sa, now) -> List.of(Meta.name(sa), sa.path("secrets").size(), Cells.age(sa, now)));
    }

    static Printer secrets() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Type", "Used to facilitate programmatic handling of secret data."),
                Column.string("Data", "Data contains the secret data."), Column.AGE),
                (s, now) -> List.of(Meta.name(s), s.path("type").asText(""), s.path("data").size(), Cells.age(s, now)));
    }

    static Printer configMaps() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Data", "Data contains the configuration data."), Column.AGE),
                (cm, now) -> List.of(Meta.name(cm), cm.path("data").size() + cm.path("binaryData").size(), Cells.age(cm, now)));
    }

    static Printer services() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Type", "The type of service."),
                Column.string("Cluster-IP", "The cluster IP of the service."),
                Column.string("External-IP", "The external IP of the service."),
                Column.string("Port(s)", "The ports of the service."),
                Column.AGE,
                Column.wide("Selector", "The selector of the service.")),
                (svc, now) -> {
                    JsonNode spec = svc.path("spec");
                    String type = spec.path("type").asText("");
                    return List.of(Meta.name(svc), type, Cells.orNone(spec.path("clusterIP").asText("")),
                            externalIp(svc, type), ports(spec.path("ports")), Cells.age(svc, now),
                            Cells.selector(spec.path("selector")));
                });
    }

    private static String externalIp(JsonNode svc, String type) {
        JsonNode spec = svc.path("spec");
        List<String> external = Cells.texts(spec.path("externalIPs"));
        switch (type) {
            case "ExternalName":
                return spec.path("externalName").asText("");
            case "LoadBalancer":
                List<String> ingress = new ArrayList<>();
                svc.path("status").path("loadBalancer").path("ingress").forEach(i ->
                        ingress.add(i.path("ip").asText(i.path("hostname").asText(""))));
                ingress.addAll(external);
                return ingress.isEmpty() ? "<pending>" : String.join(",", ingress);
            default:
                return Cells.joinOrNone(external);
        }
    }

    private static String ports(JsonNode ports) {
        List<String> parts = new ArrayList<>();
        for (JsonNode port : ports) {
            String protocol = port.path("protocol").asText("TCP");
            parts.add(port.has("nodePort")
                    ? port.path("port").asText() + ":" + port.path("nodePort").asText() + "/" + protocol
                    : port.path("port").asText() + "/" + protocol);
        }
        return parts.isEmpty() ? Cells.NONE : String.join(",", parts);
    }

    static Printer nodes() {
        return new ColumnPrinter(List.of(Column.NAME,
                Column.string("Status", "The status of the node"),
                Column.string("Roles", "The roles of the node"),
                Column.AGE,
                Column.string("Version", "Kubelet Version reported by the node."),
                Column.wide("Internal-IP", "List of addresses reachable to the node. Queried from cloud provider, if available."),
                Column.wide("External-IP", "List of addresses reachable to the node. Queried from cloud provider, if available."),
                Column.wide("OS-Image", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy))."),
                Column.wide("Kernel-Version", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."),
                Column.wide("Container-Runtime", "Container runtime version reported by the node through runtime remote API (e.g. containerd://1.4.2).")),
                (node, now) -> {
                    JsonNode status = node.path("status");
                    return List.of(Meta.name(node), nodeStatus(node), roles(node), Cells.age(node, now),
                            status.path("nodeInfo").path("kubeletVersion").asText(""),
                            address(status, "InternalIP"), address(status, "ExternalIP"),
                            status.path("nodeInfo").path("osImage").asText(""),
                            status.path("nodeInfo").path("kernelVersion").asText(""),
                            status.path("nodeInfo").path("containerRuntimeVersion").asText(""));
                });
    }

    private static String nodeStatus(JsonNode node) {
        String status = "Unknown";
        for (JsonNode condition : node.path("status").path("conditions")) {
            if (condition.path("type").asText().equals("Ready")) {
                status = condition.path("status").asText().equals("True") ? "Ready" : "NotReady";
            }
        }
        return node.path("spec").path("unschedulable").asBoolean(false) ? status + ",SchedulingDisabled" : status;
    }

    private static String roles(JsonNode node) {
        List<String> roles = new ArrayList<>();
        for (Map.Entry<String, String> label : Meta.labels(node).entrySet()) {
            if (label.getKey().startsWith("node-role.kubernetes.io/")) {
                roles.add(label.getKey().substring("node-role.kubernetes.io/".length()));
            } else if (label.getKey().equals("kubernetes.io/role")) {
                roles.add(label.getValue());
            }
        }
        return Cells.joinOrNone(roles);
    }

    private static String address(JsonNode status, String type) {
        for (JsonNode address : status.path("addresses")) {
            if (address.path("type").asText().equals(type)) {
                return address.path("address").asText();
            }
        }
        return Cells.NONE;
    }
}
