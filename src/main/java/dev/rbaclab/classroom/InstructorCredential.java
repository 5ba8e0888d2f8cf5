package dev.rbaclab.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A signed-in instructor's cookie, {@code <session id>.<secret>}: only the secret's hash is stored, and the CSRF
 * token of the instructor pages is derived from the secret.
 */
public record InstructorCredential(String sessionId, String secret) {

    public static InstructorCredential parse(String value) {
        if (value == null || value.length() > 200) {
            return null;
        }
        int dot = value.indexOf('.');
        if (dot <= 0 || dot == value.length() - 1) {
            return null;
        }
        return new InstructorCredential(value.substring(0, dot), value.substring(dot + 1));
    }

    public String value() {
        return sessionId + "." + secret;
    }

    public String secretHash() {
        return sha256("instructor-session:" + secret);
    }

    public String csrfToken() {
        return sha256("instructor-csrf:" + secret);
    }

    public boolean csrfMatches(String token) {
        return token != null && MessageDigest.isEqual(csrfToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
