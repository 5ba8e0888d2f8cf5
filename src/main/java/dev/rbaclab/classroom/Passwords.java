package dev.rbaclab.classroom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import java.security.SecureRandom;

/**
 * Instructor passwords as bcrypt hashes ({@code $2y$}, cost 12), with BouncyCastle's OpenBSDBCrypt: salted, slow on
 * purpose, and checked in constant time.
 */
public final class Passwords {

    static final int COST = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    static final int MAX_BYTES = 72;
    static final int MIN_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, COST);
    }

    public static boolean matches(String hash, String password) {
        if (hash == null || password == null || password.isEmpty()) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Null when the password may be used, else the message key saying why not. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "instructor.password_short";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "instructor.password_long";
        }
        return null;
    }
}
