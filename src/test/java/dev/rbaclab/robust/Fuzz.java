package dev.rbaclab.robust;

import java.util.List;
import java.util.Random;

/** The fuzzers' budget and seed (system properties, so that a bigger run needs no code change) and shared bits. */
final class Fuzz {

    /** The seed of a run; every failure report names it, and {@code -Drobust.fuzz.seed=} repeats the run. */
    static final long SEED = Long.getLong("robust.fuzz.seed", 20261128L);
    /** API requests per run; CI's budget keeps the class well under a minute. */
    static final int API_REQUESTS = Integer.getInteger("robust.fuzz.requests", 300);
    /** Console commands per run. */
    static final int COMMANDS = Integer.getInteger("robust.fuzz.commands", 150);

    private static final List<String> NAMES = List.of("default", "kube-system", "x", "cm1", "sa1", "p1", "admin",
            "system:masters", "view", "edit", "..", ".", "", "-", "a".repeat(300), "A", "with space", "한글", "x%2Fy",
            "emoji-\uD83D\uDE00", "nul\u0000", "semi;colon", "q?uery", "h#ash", "*", "x/y", "\u202E");

    private Fuzz() {
    }

    static String name(Random random) {
        return random.nextInt(3) == 0 ? text(random, 20) : NAMES.get(random.nextInt(NAMES.size()));
    }

    /** Random text: letters mostly, with quotes, control characters, non-ASCII and lone surrogates now and then. */
    static String text(Random random, int maxLength) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-._:/ '\"\\$`{}[]()|&;<>*?!~#%=,\t\n\r\u0000\u001b\u00e9\u4e2d\uD800";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(random.nextInt(3) > 0 ? (char) ('a' + random.nextInt(26)) : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
