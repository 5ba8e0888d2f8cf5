package dev.rbaclab.cluster.pods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.pods.shell.Shell;
import dev.rbaclab.cluster.pods.shell.ShellContext;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;

import java.util.function.Function;

/**
 * The simulated container runtime: opens a shell in a container of a running pod, with the files and environment
 * the kubelet would have given it.
 */
public final class PodRuntime {

    private final Function<Sandbox, ObjectReader> readers;
    private final PodTokens tokens;
    private final PodNetwork network;
    private final String caPem;

    public PodRuntime(Function<Sandbox, ObjectReader> readers, PodTokens tokens, PodNetwork network, String caPem) {
        this.readers = readers;
        this.tokens = tokens;
        this.network = network;
        this.caPem = caPem;
    }

    /** A shell in the container (the only one, or the one named); the API server's 400s when none fits. */
    public Shell open(Sandbox sandbox, String namespace, String podName, String containerName) {
        ObjectReader cluster = readers.apply(sandbox);
        ObjectNode pod = cluster.get(new ObjectKey("", "pods", namespace, podName))
                .orElseThrow(() -> ApiException.notFound(GroupResource.core("pods"), podName));
        JsonNode container = PodLogs.chooseContainer(pod, podName, containerName);
        if (!pod.path("status").path("phase").asText("").equals("Running")) {
            throw ApiException.badRequest("pod " + podName + " does not have a host assigned");
        }
        String token = tokens.tokenFor(sandbox, cluster, pod);
        PodFileSystem files = PodFileSystem.of(cluster, pod, container, caPem, () -> token);
        String proxyToken = proxyToken(pod, cluster, sandbox);
        ShellContext context = new ShellContext(sandbox.id(), podName, files.files(),
                PodEnvironment.of(cluster, pod, container), caPem, proxyToken, network,
                dev.rbaclab.cluster.pods.shell.ApiEndpoint.IN_CLUSTER);
        return new Shell(context);
    }

    /** A kubectl-proxy ambassador in the pod listens on localhost:8001 with the pod's token (if it is mounted). */
    private String proxyToken(JsonNode pod, ObjectReader cluster, Sandbox sandbox) {
        for (JsonNode container : pod.path("spec").path("containers")) {
            if (Images.isKubectlProxy(container.path("image").asText(""))) {
                boolean mounted = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    mounted |= mount.path("mountPath").asText("").equals("/var/run/secrets/kubernetes.io/serviceaccount");
                }
                // without a mounted token the proxy talks to the API server anonymously
                return mounted ? tokens.tokenFor(sandbox, cluster, pod) : "";
            }
        }
        return null;
    }

}
