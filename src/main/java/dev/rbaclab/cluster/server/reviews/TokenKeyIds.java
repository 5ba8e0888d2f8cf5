package dev.rbaclab.cluster.server.reviews;

import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.Optional;

/** The {@code kid} of a JWT, which names the sandbox whose key signed it (for requests to the API root). */
public final class TokenKeyIds {

    private TokenKeyIds() {
    }

    public static Optional<String> keyId(String token) {
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SignedJWT.parse(token).getHeader().getKeyID());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
