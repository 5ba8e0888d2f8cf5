package dev.rbaclab.cluster.tokens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a ServiceAccount JWT the way kube-apiserver's service account authenticator does: signature by the
 * sandbox's key, issuer, time window and audience, then that what it refers to still exists — the ServiceAccount
 * (same uid), the Secret of a legacy token (holding this very token), the Pod or Secret a bound token is bound to.
 */
public final class TokenVerifier {

    /** jwt.DefaultLeeway: clocks may disagree by a minute. */
    static final Duration LEEWAY = Duration.ofMinutes(1);

    private final SigningKeys keys;

    public TokenVerifier(SigningKeys keys) {
        this.keys = keys;
    }

    /**
     * Empty when the token is not a ServiceAccount JWT of this sandbox (another authenticator may know it);
     * {@link TokenRejected} when it is one and is not valid.
     */
    public Optional<VerifiedToken> verify(Sandbox sandbox, ObjectReader cluster, String token, List<String> audiences,
                                          Instant now) throws TokenRejected {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.empty();
        }
        String issuer = claims.getIssuer();
        boolean legacy = TokenIssuer.LEGACY_ISSUER.equals(issuer);
        if (!legacy && !TokenIssuer.ISSUER.equals(issuer)) {
            return Optional.empty();
        }
        Optional<RSAKey> key = keys.existingKeyOf(sandbox);
        if (key.isEmpty() || !key.get().getKeyID().equals(jwt.getHeader().getKeyID())) {
            // signed by another sandbox (or for another cluster): not a token of this one
            return Optional.empty();
        }
        checkSignature(jwt, key.get());
        return Optional.of(legacy ? legacy(cluster, token, claims) : bound(cluster, claims, audiences, now));
    }

    private static void checkSignature(SignedJWT jwt, RSAKey key) throws TokenRejected {
        try {
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(key))) {
                throw new TokenRejected("square/go-jose: error in cryptographic primitive");
            }
        } catch (JOSEException e) {
            throw new TokenRejected("square/go-jose: error in cryptographic primitive");
        }
    }

    /** legacy.go Validate. */
    private static VerifiedToken legacy(ObjectReader cluster, String token, JWTClaimsSet claims) throws TokenRejected {
        String namespace = string(claims, "kubernetes.io/serviceaccount/namespace");
        String secretName = string(claims, "kubernetes.io/serviceaccount/secret.name");
        String serviceAccount = string(claims, "kubernetes.io/serviceaccount/service-account.name");
        String uid = string(claims, "kubernetes.io/serviceaccount/service-account.uid");
        if (namespace.isEmpty() || secretName.isEmpty() || serviceAccount.isEmpty() || uid.isEmpty()) {
            throw new TokenRejected("token missing claims");
        }
        Optional<ObjectNode> secret = cluster.get(new ObjectKey("", "secrets", namespace, secretName));
        if (secret.isEmpty() || secret.get().path("metadata").has("deletionTimestamp")) {
            throw new TokenRejected("service account token has been invalidated");
        }
        String stored = secret.get().path("data").path("token").asText("");
        String decoded = stored.isEmpty() ? "" : new String(Base64.getDecoder().decode(stored), StandardCharsets.UTF_8);
        if (!decoded.equals(token)) {
            throw new TokenRejected("token does not match secret " + namespace + "/" + secretName);
        }
        checkServiceAccount(cluster, namespace, serviceAccount, uid);
        return new VerifiedToken(true, namespace, serviceAccount, uid, List.of(), "", "", "", "", "", secretName);
    }

    /** claims.go Validate. */
    @SuppressWarnings("unchecked")
    private static VerifiedToken bound(ObjectReader cluster, JWTClaimsSet claims, List<String> audiences, Instant now)
            throws TokenRejected {
        if (claims.getExpirationTime() != null && now.minus(LEEWAY).isAfter(claims.getExpirationTime().toInstant())) {
            throw new TokenRejected("service account token has expired");
        }
        if (claims.getNotBeforeTime() != null && now.plus(LEEWAY).isBefore(claims.getNotBeforeTime().toInstant())) {
            throw new TokenRejected("service account token is not valid yet");
        }
        if (claims.getIssueTime() != null && now.plus(LEEWAY).isBefore(claims.getIssueTime().toInstant())) {
            throw new TokenRejected("service account token is issued in the future");
        }
        List<String> tokenAudiences = claims.getAudience();
        if (!audiences.isEmpty() && tokenAudiences.stream().noneMatch(audiences::contains)) {
            throw new TokenRejected("token audiences " + goList(tokenAudiences) + " is invalid for the target audiences "
                    + goList(audiences));
        }
        Object k8s = claims.getClaim("kubernetes.io");
        if (!(k8s instanceof Map<?, ?> kubernetes)) {
            throw new TokenRejected("token missing claims");
        }
        String namespace = String.valueOf(kubernetes.get("namespace"));
        Map<String, Object> sa = (Map<String, Object>) kubernetes.get("serviceaccount");
        if (sa == null) {
            throw new TokenRejected("token missing claims");
        }
        String serviceAccount = String.valueOf(sa.get("name"));
        String uid = String.valueOf(sa.get("uid"));
        checkServiceAccount(cluster, namespace, serviceAccount, uid);
        String podName = "";
        String podUid = "";
        if (kubernetes.get("pod") instanceof Map<?, ?> pod) {
            podName = String.valueOf(pod.get("name"));
            podUid = String.valueOf(pod.get("uid"));
            Optional<ObjectNode> stored = cluster.get(new ObjectKey("", "pods", namespace, podName));
            if (stored.isEmpty() || stored.get().path("metadata").has("deletionTimestamp")) {
                throw new TokenRejected("service account token has been invalidated");
            }
            if (!Meta.uid(stored.get()).equals(podUid)) {
                throw new TokenRejected("pod UID (" + Meta.uid(stored.get()) + ") does not match service account pod ref claim ("
                        + podUid + ")");
            }
        }
        String secretName = "";
        if (kubernetes.get("secret") instanceof Map<?, ?> secret) {
            secretName = String.valueOf(secret.get("name"));
            Optional<ObjectNode> stored = cluster.get(new ObjectKey("", "secrets", namespace, secretName));
            if (stored.isEmpty() || !Meta.uid(stored.get()).equals(String.valueOf(secret.get("uid")))) {
                throw new TokenRejected("service account token has been invalidated");
            }
        }
        String nodeName = "";
        String nodeUid = "";
        if (kubernetes.get("node") instanceof Map<?, ?> node) {
            nodeName = String.valueOf(node.get("name"));
            nodeUid = String.valueOf(node.get("uid"));
        }
        String jti = claims.getJWTID() == null ? "" : claims.getJWTID();
        return new VerifiedToken(false, namespace, serviceAccount, uid, tokenAudiences, jti, podName, podUid, nodeName,
                nodeUid, secretName);
    }

    private static void checkServiceAccount(ObjectReader cluster, String namespace, String name, String uid)
            throws TokenRejected {
        Optional<ObjectNode> sa = cluster.get(new ObjectKey("", "serviceaccounts", namespace, name));
        if (sa.isEmpty() || sa.get().path("metadata").has("deletionTimestamp")) {
            throw new TokenRejected("service account " + namespace + "/" + name + " has been deleted");
        }
        if (!Meta.uid(sa.get()).equals(uid)) {
            throw new TokenRejected("service account UID (" + Meta.uid(sa.get()) + ") does not match claim (" + uid + ")");
        }
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? "" : String.valueOf(value);
    }

    private static String goList(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : " ").append('"').append(values.get(i)).append('"');
        }
        return sb.append(']').toString();
    }
}
