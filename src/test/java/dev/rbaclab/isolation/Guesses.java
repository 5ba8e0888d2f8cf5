package dev.rbaclab.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Ids an attacker tries when they only know roughly what the victim's looks like: near misses of a known one. */
final class Guesses {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Guesses() {
    }

    /** One character changed (twice, at random places), the last one changed, upper case, one short, one long. */
    static List<String> nearMisses(String id, Random random) {
        List<String> guesses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            guesses.add(changedAt(id, random.nextInt(id.length()), random));
        }
        guesses.add(changedAt(id, id.length() - 1, random));
        guesses.add(id.toUpperCase(Locale.ROOT));
        guesses.add(id.substring(0, id.length() - 1));
        guesses.add(id + ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return guesses;
    }

    /** A bearer token with one character changed: a brute-forcer that got everything but one right. */
    static String nearMissToken(String token, Random random) {
        int at = random.nextInt(token.length() - 1);
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static String changedAt(String id, int at, Random random) {
        char replacement;
        do {
            replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        } while (replacement == id.charAt(at));
        return id.substring(0, at) + replacement + id.substring(at + 1);
    }
}
