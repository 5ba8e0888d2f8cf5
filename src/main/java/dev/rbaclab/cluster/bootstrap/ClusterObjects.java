package dev.rbaclab.cluster.bootstrap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * Objects a fresh kubeadm cluster has besides its RBAC policy, in the shape a v1.32 cluster stores them.
 * The same factories serve the simulated controllers (a new namespace gets its default ServiceAccount and
 * kube-root-ca.crt ConfigMap from them).
 */
public final class ClusterObjects {

    public static final String ROOT_CA_CONFIGMAP = "kube-root-ca.crt";
    public static final String KUBERNETES_SERVICE_IP = "10.96.0.1";

    /**
     * The kube-system ServiceAccounts of a kubeadm cluster: one per kube-controller-manager controller
     * (it runs with --use-service-account-credentials), plus the add-ons' coredns and kube-proxy.
     */
    static final List<String> KUBE_SYSTEM_SERVICE_ACCOUNTS = List.of(
            "attachdetach-controller", "bootstrap-signer", "certificate-controller",
            "clusterrole-aggregation-controller", "coredns", "cronjob-controller", "daemon-set-controller",
            "deployment-controller", "disruption-controller", "endpoint-controller", "endpointslice-controller",
            "endpointslicemirroring-controller", "ephemeral-volume-controller", "expand-controller",
            "generic-garbage-collector", "horizontal-pod-autoscaler", "job-controller", "kube-proxy",
            "legacy-service-account-token-cleaner", "namespace-controller", "node-controller",
            "persistent-volume-binder", "pod-garbage-collector", "pv-protection-controller", "pvc-protection-controller",
            "replicaset-controller", "replication-controller", "resourcequota-controller", "root-ca-cert-publisher",
            "service-account-controller", "statefulset-controller", "token-cleaner", "ttl-after-finished-controller",
            "ttl-controller", "validatingadmissionpolicy-status-controller");

    private ClusterObjects() {
    }

    public static ObjectNode namespace(String name) {
        ObjectNode ns = typed("v1", "Namespace");
        ObjectNode metadata = ns.putObject("metadata");
        metadata.put("name", name);
        metadata.putObject("labels").put("kubernetes.io/metadata.name", name);
        ns.putObject("spec").putArray("finalizers").add("kubernetes");
        ns.putObject("status").put("phase", "Active");
        return ns;
    }

    public static ObjectNode defaultServiceAccount(String namespace) {
        return serviceAccount(namespace, "default");
    }

    public static ObjectNode serviceAccount(String namespace, String name) {
        ObjectNode sa = typed("v1", "ServiceAccount");
        ObjectNode metadata = sa.putObject("metadata");
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        return sa;
    }

    static List<ObjectNode> controllerServiceAccounts() {
        List<ObjectNode> accounts = new ArrayList<>();
        for (String name : KUBE_SYSTEM_SERVICE_ACCOUNTS) {
            accounts.add(serviceAccount("kube-system", name));
        }
        return accounts;
    }

    /** What the root-ca-cert-publisher controller puts in every namespace. */
    public static ObjectNode rootCaConfigMap(String namespace, String caPem) {
        ObjectNode cm = typed("v1", "ConfigMap");
        ObjectNode metadata = cm.putObject("metadata");
        metadata.put("name", ROOT_CA_CONFIGMAP);
        metadata.put("namespace", namespace);
        metadata.putObject("annotations").put("kubernetes.io/description",
                "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints "
                        + "such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed "
                        + "across distributions of Kubernetes clusters.");
        cm.putObject("data").put("ca.crt", caPem);
        return cm;
    }

    static ObjectNode kubernetesService() {
        ObjectNode svc = typed("v1", "Service");
        ObjectNode metadata = svc.putObject("metadata");
        metadata.put("name", "kubernetes");
        metadata.put("namespace", "default");
        ObjectNode labels = metadata.putObject("labels");
        labels.put("component", "apiserver");
        labels.put("provider", "kubernetes");
        ObjectNode spec = svc.putObject("spec");
        spec.put("clusterIP", KUBERNETES_SERVICE_IP);
        spec.putArray("clusterIPs").add(KUBERNETES_SERVICE_IP);
        spec.put("internalTrafficPolicy", "Cluster");
        spec.putArray("ipFamilies").add("IPv4");
        spec.put("ipFamilyPolicy", "SingleStack");
        ObjectNode port = spec.putArray("ports").addObject();
        port.put("name", "https");
        port.put("port", 443);
        port.put("protocol", "TCP");
        port.put("targetPort", 6443);
        spec.put("sessionAffinity", "None");
        spec.put("type", "ClusterIP");
        svc.putObject("status").putObject("loadBalancer");
        return svc;
    }

    static ObjectNode kubeDnsService() {
        ObjectNode svc = typed("v1", "Service");
        ObjectNode metadata = svc.putObject("metadata");
        metadata.put("name", "kube-dns");
        metadata.put("namespace", "kube-system");
        metadata.putObject("annotations").put("prometheus.io/port", "9153").put("prometheus.io/scrape", "true");
        ObjectNode labels = metadata.putObject("labels");
        labels.put("k8s-app", "kube-dns");
        labels.put("kubernetes.io/cluster-service", "true");
        labels.put("kubernetes.io/name", "CoreDNS");
        ObjectNode spec = svc.putObject("spec");
        spec.put("clusterIP", "10.96.0.10");
        spec.putArray("clusterIPs").add("10.96.0.10");
        spec.put("internalTrafficPolicy", "Cluster");
        spec.putArray("ipFamilies").add("IPv4");
        spec.put("ipFamilyPolicy", "SingleStack");
        ArrayNode ports = spec.putArray("ports");
        addPort(ports, "dns", 53, "UDP");
        addPort(ports, "dns-tcp", 53, "TCP");
        addPort(ports, "metrics", 9153, "TCP");
        spec.putObject("selector").put("k8s-app", "kube-dns");
        spec.put("sessionAffinity", "None");
        spec.put("type", "ClusterIP");
        svc.putObject("status").putObject("loadBalancer");
        return svc;
    }

    private static void addPort(ArrayNode ports, String name, int port, String protocol) {
        ObjectNode p = ports.addObject();
        p.put("name", name);
        p.put("port", port);
        p.put("protocol", protocol);
        p.put("targetPort", port);
    }

    static ObjectNode node(String name) {
        ObjectNode node = typed("v1", "Node");
        ObjectNode metadata = node.putObject("metadata");
        metadata.put("name", name);
        ObjectNode annotations = metadata.putObject("annotations");
        annotations.put("kubeadm.alpha.kubernetes.io/cri-socket", "unix:///run/containerd/containerd.sock");
        annotations.put("node.alpha.kubernetes.io/ttl", "0");
        annotations.put("volumes.kubernetes.io/controller-managed-attach-detach", "true");
        ObjectNode labels = metadata.putObject("labels");
        labels.put("beta.kubernetes.io/arch", "amd64");
        labels.put("beta.kubernetes.io/os", "linux");
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("kubernetes.io/hostname", name);
        labels.put("kubernetes.io/os", "linux");
        labels.put("node-role.kubernetes.io/control-plane", "");
        labels.put("node.kubernetes.io/exclude-from-external-load-balancers", "");
        ObjectNode spec = node.putObject("spec");
        spec.put("podCIDR", "10.244.0.0/24");
        spec.putArray("podCIDRs").add("10.244.0.0/24");
        ObjectNode status = node.putObject("status");
        ArrayNode addresses = status.putArray("addresses");
        addresses.addObject().put("address", "172.18.0.2").put("type", "InternalIP");
        addresses.addObject().put("address", name).put("type", "Hostname");
        ObjectNode capacity = status.putObject("capacity");
        capacity.put("cpu", "2");
        capacity.put("ephemeral-storage", "263112772Ki");
        capacity.put("memory", "24590744Ki");
        capacity.put("pods", "110");
        status.set("allocatable", capacity.deepCopy());
        ObjectNode ready = status.putArray("conditions").addObject();
        ready.put("type", "Ready");
        ready.put("status", "True");
        ready.put("reason", "KubeletReady");
        ready.put("message", "kubelet is posting ready status");
        ObjectNode info = status.putObject("nodeInfo");
        info.put("architecture", "amd64");
        info.put("containerRuntimeVersion", "containerd://1.7.24");
        info.put("kernelVersion", "6.1.0-28-amd64");
        info.put("kubeProxyVersion", "v1.32.0");
        info.put("kubeletVersion", "v1.32.0");
        info.put("operatingSystem", "linux");
        info.put("osImage", "Debian GNU/Linux 12 (bookworm)");
        return node;
    }

    private static ObjectNode typed(String apiVersion, String kind) {
        ObjectNode object = Json.object();
        object.put("kind", kind);
        object.put("apiVersion", apiVersion);
        return object;
    }
}
