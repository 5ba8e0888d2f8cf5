package dev.rbaclab.learners;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A learner's credential, {@code <id>.<secret>}: the cookie value and the resume link's key. Only a hash of the
 * secret is stored; the CSRF token is derived from the secret, so it needs no storage either.
 */
public record LearnerCredential(String learnerId, String secret) {

    public static LearnerCredential parse(String value) {
        if (value == null) {
            return null;
        }
        int dot = value.indexOf('.');
        if (dot <= 0 || dot == value.length() - 1 || value.length() > 200) {
            return null;
        }
        return new LearnerCredential(value.substring(0, dot), value.substring(dot + 1));
    }

    public String value() {
        return learnerId + "." + secret;
    }

    public String secretHash() {
        return sha256("learner:" + secret);
    }

    /** The token every state-changing browser request must echo in {@code X-CSRF-Token} or a form field. */
    public String csrfToken() {
        return sha256("csrf:" + secret);
    }

    public boolean csrfMatches(String token) {
        return token != null && MessageDigest.isEqual(csrfToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
