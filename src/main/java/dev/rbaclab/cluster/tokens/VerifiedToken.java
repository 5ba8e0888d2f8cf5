package dev.rbaclab.cluster.tokens;

import java.util.List;

/** What a valid ServiceAccount token says, once checked against the sandbox. */
public record VerifiedToken(
        boolean legacy,
        String namespace,
        String serviceAccount,
        String serviceAccountUid,
        List<String> audiences,
        String jti,
        String podName,
        String podUid,
        String nodeName,
        String nodeUid,
        String secretName) {
}
