package dev.rbaclab.kubectl.cmd.info;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.cmd.Command;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.KubectlError;

import java.util.Map;

/**
 * {@code kubectl cluster-info} (staging/src/k8s.io/kubectl/pkg/cmd/clusterinfo/clusterinfo.go): the API server,
 * then the services labelled {@code kubernetes.io/cluster-service=true} in kube-system with their proxy URLs.
 * No colours: kubectl only colours a terminal.
 */
public final class ClusterInfoCommand implements Command {

    @Override
    public void run(CommandContext context) {
        String namespace = context.flags().changed("namespace") ? context.namespace() : "kube-system";
        String host = context.identity().serverUrl();
        KubectlError failure = null;
        try {
            context.mapper().mappingFor("services");
            JsonNode list = context.client().send(new Request("GET", "/api/v1/namespaces/" + namespace + "/services",
                    Map.of(), Request.JSON, null, null, "services", null)
                    .withQuery("labelSelector", "kubernetes.io/cluster-service=true")).json();
            context.out().print("Kubernetes control plane is running at " + host + "\n");
            for (JsonNode service : list.path("items")) {
                context.out().print(serviceLine(service, host));
            }
        } catch (KubectlError e) {
            failure = e;
        }
        context.out().print("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
        if (failure != null) {
            throw failure;
        }
    }

    private static String serviceLine(JsonNode service, String host) {
        String name = service.path("metadata").path("name").asText();
        JsonNode ingress = service.path("status").path("loadBalancer").path("ingress");
        String link;
        if (!ingress.isEmpty()) {
            String ip = ingress.path(0).path("ip").asText("");
            link = "http://" + (ip.isEmpty() ? ingress.path(0).path("hostname").asText("") : ip);
        } else {
            String target = name;
            JsonNode ports = service.path("spec").path("ports");
            if (!ports.isEmpty()) {
                JsonNode port = ports.get(0);
                String portName = port.path("name").asText("");
                String scheme = portName.equals("https") || port.path("port").asInt() == 443 ? "https" : "";
                // utilnet.JoinSchemeNamePort
                target = scheme.isEmpty() ? (portName.isEmpty() ? name : name + ":" + portName)
                        : scheme + ":" + name + ":" + portName;
            }
            link = host + "/api/v1/namespaces/" + service.path("metadata").path("namespace").asText() + "/services/"
                    + target + "/proxy";
        }
        String display = service.path("metadata").path("labels").path("kubernetes.io/name").asText("");
        return (display.isEmpty() ? name : display) + " is running at " + link + "\n";
    }
}
