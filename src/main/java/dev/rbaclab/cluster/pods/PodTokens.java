package dev.rbaclab.cluster.pods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.bootstrap.DefaultClusterState;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.tokens.BoundObject;
import dev.rbaclab.cluster.tokens.TokenIssuer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The token the kubelet writes into a pod's projected volume: a bound token for the pod's ServiceAccount, bound to
 * the pod and its node, nominally valid for 3607 s and actually for a year (--service-account-extend-token-expiration).
 * The kubelet keeps one per pod; so does this cache (by pod uid), so {@code cat token} is stable.
 */
public final class PodTokens {

    private static final int MAX_CACHED = 10_000;

    private final TokenIssuer issuer;
    private final Clock clock;
    private final Map<String, String> tokens = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_CACHED;
        }
    };

    public PodTokens(TokenIssuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    public String tokenFor(Sandbox sandbox, ObjectReader cluster, JsonNode pod) {
        String key = sandbox.id() + "/" + Meta.uid(pod);
        synchronized (tokens) {
            String cached = tokens.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String namespace = Meta.namespace(pod);
        String serviceAccount = pod.path("spec").path("serviceAccountName").asText("default");
        String serviceAccountUid = cluster.get(new ObjectKey("", "serviceaccounts", namespace, serviceAccount))
                .map(Meta::uid).orElse("");
        String nodeName = pod.path("spec").path("nodeName").asText(DefaultClusterState.NODE_NAME);
        String nodeUid = cluster.get(new ObjectKey("", "nodes", "", nodeName)).map(Meta::uid).orElse("");
        String token = issuer.bound(sandbox, namespace, serviceAccount, serviceAccountUid, List.of(TokenIssuer.ISSUER),
                TokenIssuer.PROJECTED_EXPIRATION_SECONDS, BoundObject.pod(Meta.name(pod), Meta.uid(pod), nodeName, nodeUid),
                true, clock.instant()).token();
        synchronized (tokens) {
            tokens.put(key, token);
        }
        return token;
    }
}
