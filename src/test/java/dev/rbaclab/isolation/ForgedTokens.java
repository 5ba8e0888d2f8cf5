package dev.rbaclab.isolation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an attacker can make from their own ServiceAccount JWT without the victim's signing key: the victim's claims
 * under the attacker's signature, the victim's key id, a broken signature, {@code alg: none}, and HS256 keyed with
 * something public (the key id). Each must be worth nothing at the victim's cluster.
 */
final class ForgedTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    /** The key id in a JWT's header. */
    static String keyId(String jwt) {
        return header(jwt).path("kid").asText();
    }

    /** Forgeries of {@code own} aimed at {@code victim}, by a short description. */
    static Map<String, String> aimedAt(String own, Learner victim) {
        String[] parts = own.split("\\.");
        String victimKid = keyId(victim.serviceAccountTokens.get(0));
        ObjectNode header = header(own);
        ObjectNode victimClaims = claimsOf(payload(own), victim);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("signature altered", parts[0] + "." + parts[1] + "." + flipMiddle(parts[2]));
        forged.put("victim's claims, own signature", parts[0] + "." + encode(victimClaims) + "." + parts[2]);
        ObjectNode victimKidHeader = header.deepCopy().put("kid", victimKid);
        forged.put("victim's key id, own signature", encode(victimKidHeader) + "." + parts[1] + "." + parts[2]);
        forged.put("victim's key id and claims, own signature",
                encode(victimKidHeader) + "." + encode(victimClaims) + "." + parts[2]);
        ObjectNode none = Json.object().put("alg", "none").put("kid", victimKid);
        forged.put("alg none with the victim's claims", encode(none) + "." + encode(victimClaims) + ".");
        ObjectNode hs256 = Json.object().put("alg", "HS256").put("kid", victimKid);
        String signingInput = encode(hs256) + "." + encode(victimClaims);
        forged.put("HS256 keyed with the victim's key id", signingInput + "." + hmac(signingInput, victimKid));
        return forged;
    }

    private static ObjectNode claimsOf(ObjectNode claims, Learner victim) {
        ObjectNode changed = claims.deepCopy();
        ObjectNode kubernetes = changed.with("kubernetes.io");
        kubernetes.remove("pod");
        kubernetes.remove("node");
        kubernetes.put("namespace", victim.namespace);
        kubernetes.with("serviceaccount").put("name", victim.serviceAccount).put("uid", victim.serviceAccountUid);
        changed.put("sub", "system:serviceaccount:" + victim.namespace + ":" + victim.serviceAccount);
        return changed;
    }

    private static ObjectNode header(String jwt) {
        return (ObjectNode) Json.parse(new String(DECODE.decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    private static ObjectNode payload(String jwt) {
        return (ObjectNode) Json.parse(new String(DECODE.decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String encode(ObjectNode json) {
        return ENCODE.encodeToString(Json.write(json).getBytes(StandardCharsets.UTF_8));
    }

    /** Changes a character in the middle, where every bit of it counts (the last one may carry padding bits). */
    private static String flipMiddle(String signature) {
        int at = signature.length() / 2;
        char replacement = signature.charAt(at) == 'A' ? 'B' : 'A';
        return signature.substring(0, at) + replacement + signature.substring(at + 1);
    }

    private static String hmac(String input, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return ENCODE.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
