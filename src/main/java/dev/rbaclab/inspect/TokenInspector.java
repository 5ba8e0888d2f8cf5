package dev.rbaclab.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.tokens.SigningKeys;
import dev.rbaclab.cluster.tokens.TokenIssuer;
import dev.rbaclab.labapi.LabClient;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a token apart for the token viewer. The identity comes from a real TokenReview sent through the sandbox's
 * pipeline (as the lab, with the admin's rights), so the viewer answers exactly what the API server would.
 */
public final class TokenInspector {

    static final int MAX_TOKEN_CHARS = 16_384;
    private static final String REVIEWS = "/apis/authentication.k8s.io/v1/tokenreviews";

    private final SigningKeys keys;
    private final LabClient client;
    private final Clock clock;

    public TokenInspector(SigningKeys keys, LabClient client, Clock clock) {
        this.keys = keys;
        this.client = client;
        this.clock = clock;
    }

    public TokenInspection inspect(Sandbox sandbox, String rawToken) {
        String token = rawToken == null ? "" : rawToken.strip();
        if (token.toLowerCase().startsWith("bearer ")) {
            token = token.substring("bearer ".length()).strip();
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            token = token.substring(0, MAX_TOKEN_CHARS);
        }
        Review review = review(sandbox, token);
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            return new TokenInspection(TokenInspection.Kind.OPAQUE, null, null, TokenInspection.Signature.NOT_APPLICABLE,
                    null, null, false, review.authenticated(), review.user(), review.groups(), review.error());
        }
        String header = dev.rbaclab.cluster.api.GoJson.pretty(Json.parse(jwt.getHeader().toString()));
        String claimsText;
        Instant issuedAt = null;
        Instant expiresAt = null;
        String issuer = "";
        try {
            JsonNode claims = Json.parse(jwt.getPayload().toString());
            claimsText = dev.rbaclab.cluster.api.GoJson.pretty(claims);
            issuer = claims.path("iss").asText("");
            issuedAt = claims.has("iat") ? Instant.ofEpochSecond(claims.path("iat").asLong()) : null;
            expiresAt = claims.has("exp") ? Instant.ofEpochSecond(claims.path("exp").asLong()) : null;
        } catch (RuntimeException e) {
            claimsText = jwt.getPayload().toString();
        }
        TokenInspection.Kind kind = TokenIssuer.LEGACY_ISSUER.equals(issuer) ? TokenInspection.Kind.LEGACY_SERVICE_ACCOUNT
                : TokenIssuer.ISSUER.equals(issuer) ? TokenInspection.Kind.BOUND_SERVICE_ACCOUNT
                : TokenInspection.Kind.OTHER_JWT;
        boolean expired = expiresAt != null && expiresAt.isBefore(clock.instant());
        return new TokenInspection(kind, header, claimsText, signature(sandbox, jwt), issuedAt, expiresAt, expired,
                review.authenticated(), review.user(), review.groups(), review.error());
    }

    private TokenInspection.Signature signature(Sandbox sandbox, SignedJWT jwt) {
        try {
            return keys.existingKeyOf(sandbox).isPresent()
                    && jwt.verify(new RSASSAVerifier(keys.existingKeyOf(sandbox).get().toRSAPublicKey()))
                    ? TokenInspection.Signature.VERIFIED : TokenInspection.Signature.INVALID;
        } catch (JOSEException | RuntimeException e) {
            return TokenInspection.Signature.INVALID;
        }
    }

    private Review review(Sandbox sandbox, String token) {
        if (token.isEmpty()) {
            return new Review(false, "", List.of(), "");
        }
        ObjectNode body = Json.object();
        body.put("apiVersion", "authentication.k8s.io/v1");
        body.put("kind", "TokenReview");
        body.putObject("spec").put("token", token);
        ApiResponse response = client.post(sandbox, REVIEWS, Json.write(body));
        JsonNode status = response.code() < 300 ? Json.parse(response.bodyText()).path("status") : Json.object();
        List<String> groups = new ArrayList<>();
        status.path("user").path("groups").forEach(g -> groups.add(g.asText()));
        return new Review(status.path("authenticated").asBoolean(false), status.path("user").path("username").asText(""),
                groups, status.path("error").asText(""));
    }

    private record Review(boolean authenticated, String user, List<String> groups, String error) {
    }
}
