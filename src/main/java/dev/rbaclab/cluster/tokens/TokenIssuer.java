package dev.rbaclab.cluster.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.store.Sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs ServiceAccount JWTs with the sandbox's key, with the claims of pkg/serviceaccount/legacy.go and claims.go.
 * Claims are added in sorted order, as go-jose marshals them.
 */
public final class TokenIssuer {

    /** kubeadm's --service-account-issuer, also the API server's audience. */
    public static final String ISSUER = "https://kubernetes.default.svc.cluster.local";
    public static final String LEGACY_ISSUER = "kubernetes/serviceaccount";
    /** WarnOnlyBoundTokenExpirationSeconds: the projected token's nominal lifetime. */
    public static final long PROJECTED_EXPIRATION_SECONDS = 3607;
    /** --service-account-extend-token-expiration: projected tokens actually live a year. */
    static final Duration EXTENDED_LIFETIME = Duration.ofDays(365);

    private final SigningKeys keys;

    public TokenIssuer(SigningKeys keys) {
        this.keys = keys;
    }

    /** A Secret-based token, as the token controller writes into a kubernetes.io/service-account-token Secret. */
    public String legacy(Sandbox sandbox, String namespace, String serviceAccount, String serviceAccountUid,
                         String secretName) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", LEGACY_ISSUER);
        claims.put("kubernetes.io/serviceaccount/namespace", namespace);
        claims.put("kubernetes.io/serviceaccount/secret.name", secretName);
        claims.put("kubernetes.io/serviceaccount/service-account.name", serviceAccount);
        claims.put("kubernetes.io/serviceaccount/service-account.uid", serviceAccountUid);
        claims.put("sub", "system:serviceaccount:" + namespace + ":" + serviceAccount);
        return sign(keys.keyOf(sandbox), claims);
    }

    /**
     * A bound token from the TokenRequest API. {@code extended} is for the projected volume of a pod: nominally
     * valid for an hour (warnafter), actually for a year, as kube-apiserver does by default.
     */
    public IssuedToken bound(Sandbox sandbox, String namespace, String serviceAccount, String serviceAccountUid,
                             List<String> audiences, long expirationSeconds, BoundObject boundTo, boolean extended,
                             Instant now) {
        Instant issuedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant warnAfter = issuedAt.plusSeconds(expirationSeconds);
        Instant expiration = extended ? issuedAt.plus(EXTENDED_LIFETIME) : warnAfter;
        Map<String, Object> kubernetes = new LinkedHashMap<>();
        kubernetes.put("namespace", namespace);
        if (boundTo != null && !boundTo.nodeName().isEmpty()) {
            kubernetes.put("node", Map.of("name", boundTo.nodeName(), "uid", boundTo.nodeUid()));
        }
        if (boundTo != null && boundTo.kind().equals("Pod")) {
            kubernetes.put("pod", ordered("name", boundTo.name(), "uid", boundTo.uid()));
        }
        if (boundTo != null && boundTo.kind().equals("Secret")) {
            kubernetes.put("secret", ordered("name", boundTo.name(), "uid", boundTo.uid()));
        }
        kubernetes.put("serviceaccount", ordered("name", serviceAccount, "uid", serviceAccountUid));
        if (extended) {
            kubernetes.put("warnafter", warnAfter.getEpochSecond());
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audiences.isEmpty() ? List.of(ISSUER) : audiences);
        claims.put("exp", expiration.getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("iss", ISSUER);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("kubernetes.io", kubernetes);
        claims.put("nbf", issuedAt.getEpochSecond());
        claims.put("sub", "system:serviceaccount:" + namespace + ":" + serviceAccount);
        return new IssuedToken(sign(keys.keyOf(sandbox), claims), expiration);
    }

    private static Map<String, Object> ordered(String k1, String v1, String k2, String v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /**
     * Signs with the header and claims serialized in Go's order ({"alg":"RS256","kid":...}, claims sorted), so that a
     * learner who decodes a lab token sees the same bytes a real cluster's token would show.
     */
    private static String sign(RSAKey key, Map<String, Object> claims) {
        try {
            String headerJson = "{\"alg\":\"RS256\",\"kid\":" + Json.MAPPER.writeValueAsString(key.getKeyID()) + "}";
            JWSHeader header = JWSHeader.parse(Base64URL.encode(headerJson));
            JWSObject jws = new JWSObject(header, new Payload(Json.MAPPER.writeValueAsString(claims)));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException | java.text.ParseException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

}
