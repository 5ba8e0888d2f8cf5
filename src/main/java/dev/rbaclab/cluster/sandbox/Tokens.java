package dev.rbaclab.cluster.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers and bearer tokens. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Tokens() {
    }

    /** A bearer token of 256 random bits. */
    public static String bearer() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A DNS-label-safe random id (lower-case letters and digits, first a letter). */
    public static String id(int length) {
        char[] chars = new char[length];
        chars[0] = ID_ALPHABET[RANDOM.nextInt(26)];
        for (int i = 1; i < length; i++) {
            chars[i] = ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)];
        }
        return new String(chars);
    }
}
