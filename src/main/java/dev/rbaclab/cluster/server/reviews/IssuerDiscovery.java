package dev.rbaclab.cluster.server.reviews;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.server.ApiCall;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.tokens.SigningKeys;
import dev.rbaclab.cluster.tokens.TokenIssuer;

import java.util.Map;
import java.util.function.Supplier;

/**
 * ServiceAccount issuer discovery (pkg/serviceaccount/openidmetadata.go): the OpenID configuration and the public
 * keys that verify the sandbox's tokens, readable by every ServiceAccount (system:service-account-issuer-discovery).
 */
public final class IssuerDiscovery {

    private final SigningKeys keys;
    private final Supplier<String> apiAddress;

    public IssuerDiscovery(SigningKeys keys, Supplier<String> apiAddress) {
        this.keys = keys;
        this.apiAddress = apiAddress;
    }

    public ApiResponse handle(ApiCall call) {
        if (call.info().path().startsWith("/openid/v1/jwks")) {
            RSAKey key = keys.keyOf(call.sandbox()).toPublicJWK();
            ObjectNode jwks = Json.object();
            ObjectNode entry = jwks.putArray("keys").addObject();
            Map<String, Object> json = key.toJSONObject();
            entry.put("use", "sig");
            entry.put("kty", "RSA");
            entry.put("kid", key.getKeyID());
            entry.put("alg", "RS256");
            entry.put("n", String.valueOf(json.get("n")));
            entry.put("e", String.valueOf(json.get("e")));
            return new ApiResponse(200, "application/jwk-set+json", Json.bytes(jwks), java.util.List.of(), 0);
        }
        ObjectNode config = Json.object();
        config.put("issuer", TokenIssuer.ISSUER);
        config.put("jwks_uri", "https://" + apiAddress.get() + "/openid/v1/jwks");
        config.putArray("response_types_supported").add("id_token");
        config.putArray("subject_types_supported").add("public");
        config.putArray("id_token_signing_alg_values_supported").add("RS256");
        return ApiResponse.json(200, config);
    }
}
