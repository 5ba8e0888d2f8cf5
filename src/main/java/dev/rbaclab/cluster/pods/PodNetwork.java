package dev.rbaclab.cluster.pods;

import java.util.List;
import java.util.Map;

/**
 * How a simulated container reaches the API server: an HTTP exchange routed into the sandbox's pipeline (the
 * composition root wires it to the API server, so pods never reach into storage for API calls).
 */
@FunctionalInterface
public interface PodNetwork {

    Response send(String sandboxId, String method, String path, Map<String, List<String>> query,
                  Map<String, List<String>> headers, byte[] body);

    /** An HTTP answer as curl sees it. */
    record Response(int code, String reason, String contentType, byte[] body, Map<String, String> headers) {
    }
}
