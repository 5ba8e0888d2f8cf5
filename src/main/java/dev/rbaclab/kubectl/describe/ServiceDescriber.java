package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.printers.TablePrinter;

import java.util.ArrayList;
import java.util.List;

/**
 * ServiceDescriber of kubectl v1.32 (describe.go): addresses, one block per port, endpoints from the service's
 * EndpointSlices ({@code <none>} when there are none or they cannot be listed) and the events.
 */
final class ServiceDescriber implements Describer {

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode svc = client.get(mapping, namespace, name);
        List<JsonNode> slices;
        try {
            slices = client.items(client.list("/apis/discovery.k8s.io/v1/namespaces/" + namespace + "/endpointslices",
                    "endpointslices", "kubernetes.io/service-name=" + name, ""));
        } catch (KubectlError e) {
            slices = List.of();
        }
        List<JsonNode> events = client.showEvents()
                ? Events.search(client, namespace, name, "Service", svc.path("metadata").path("uid").asText("")) : null;
        JsonNode spec = svc.path("spec");
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        w.write(PrefixWriter.LEVEL_0, "Namespace:\t%s\n", svc.path("metadata").path("namespace").asText(""));
        MetadataLines.labels(w, "Labels", svc.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", svc.path("metadata").path("annotations"));
        w.write(PrefixWriter.LEVEL_0, "Selector:\t%s\n", TablePrinter.formatLabels(MetadataLines.strings(spec.path("selector"))));
        w.write(PrefixWriter.LEVEL_0, "Type:\t%s\n", spec.path("type").asText(""));
        if (spec.hasNonNull("ipFamilyPolicy")) {
            w.write(PrefixWriter.LEVEL_0, "IP Family Policy:\t%s\n", spec.path("ipFamilyPolicy").asText());
        }
        List<String> families = MetadataLines.list(spec.path("ipFamilies"));
        w.write(PrefixWriter.LEVEL_0, "IP Families:\t%s\n", families.isEmpty() ? "<none>" : String.join(",", families));
        w.write(PrefixWriter.LEVEL_0, "IP:\t%s\n", spec.path("clusterIP").asText(""));
        List<String> ips = MetadataLines.list(spec.path("clusterIPs"));
        w.write(PrefixWriter.LEVEL_0, "IPs:\t%s\n", ips.isEmpty() ? "<none>" : String.join(",", ips));
        List<String> external = MetadataLines.list(spec.path("externalIPs"));
        if (!external.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "External IPs:\t%s\n", String.join(",", external));
        }
        if (!spec.path("loadBalancerIP").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "Desired LoadBalancer IP:\t%s\n", spec.path("loadBalancerIP").asText());
        }
        if (!spec.path("externalName").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "External Name:\t%s\n", spec.path("externalName").asText());
        }
        List<String> ingress = new ArrayList<>();
        for (JsonNode i : svc.path("status").path("loadBalancer").path("ingress")) {
            String ip = i.path("ip").asText("");
            ingress.add(!ip.isEmpty() ? ip + (i.hasNonNull("ipMode") ? " (" + i.path("ipMode").asText() + ")" : "")
                    : i.path("hostname").asText(""));
        }
        if (!ingress.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "LoadBalancer Ingress:\t%s\n", String.join(", ", ingress));
        }
        for (JsonNode port : spec.path("ports")) {
            String portName = port.path("name").asText("").isEmpty() ? "<unset>" : port.path("name").asText();
            String protocol = port.path("protocol").asText("");
            w.write(PrefixWriter.LEVEL_0, "Port:\t%s\t%d/%s\n", portName, port.path("port").asInt(), protocol);
            JsonNode target = port.path("targetPort");
            w.write(PrefixWriter.LEVEL_0, "TargetPort:\t%s/%s\n", target.isMissingNode() ? "0" : target.asText(), protocol);
            if (port.path("nodePort").asInt(0) != 0) {
                w.write(PrefixWriter.LEVEL_0, "NodePort:\t%s\t%d/%s\n", portName, port.path("nodePort").asInt(), protocol);
            }
            w.write(PrefixWriter.LEVEL_0, "Endpoints:\t%s\n", endpoints(slices, port.path("name").asText("")));
        }
        w.write(PrefixWriter.LEVEL_0, "Session Affinity:\t%s\n", spec.path("sessionAffinity").asText(""));
        if (!spec.path("externalTrafficPolicy").asText("").isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "External Traffic Policy:\t%s\n", spec.path("externalTrafficPolicy").asText());
        }
        if (spec.hasNonNull("internalTrafficPolicy")) {
            w.write(PrefixWriter.LEVEL_0, "Internal Traffic Policy:\t%s\n", spec.path("internalTrafficPolicy").asText());
        }
        if (spec.path("healthCheckNodePort").asInt(0) != 0) {
            w.write(PrefixWriter.LEVEL_0, "HealthCheck NodePort:\t%d\n", spec.path("healthCheckNodePort").asInt());
        }
        List<String> ranges = MetadataLines.list(spec.path("loadBalancerSourceRanges"));
        if (!ranges.isEmpty()) {
            w.write(PrefixWriter.LEVEL_0, "LoadBalancer Source Ranges:\t%s\n", String.join(",", ranges));
        }
        if (events != null) {
            Events.describe(events, w);
        }
        return w.text();
    }

    // formatEndpointSlices: ready addresses host:port of the port with this name, at most three
    private static String endpoints(List<JsonNode> slices, String portName) {
        if (slices.isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        int count = 0;
        for (JsonNode slice : slices) {
            for (JsonNode port : slice.path("ports")) {
                if (!port.path("name").asText("").equals(portName)) {
                    continue;
                }
                for (JsonNode endpoint : slice.path("endpoints")) {
                    boolean ready = !endpoint.path("conditions").has("ready") || endpoint.path("conditions").path("ready").asBoolean();
                    if (!ready) {
                        continue;
                    }
                    if (list.size() < 3) {
                        list.add(endpoint.path("addresses").path(0).asText() + ":" + port.path("port").asInt());
                    }
                    count++;
                }
            }
        }
        return count > 3 ? String.join(",", list) + " + " + (count - 3) + " more..." : String.join(",", list);
    }
}
