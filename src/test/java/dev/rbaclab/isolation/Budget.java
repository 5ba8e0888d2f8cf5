package dev.rbaclab.isolation;

/**
 * How much the isolation test tries: a seed (printed, so a failing run can be replayed with
 * {@code -Disolation.seed=...}), how many learners it makes and how many (attacker, victim) pairs it tries.
 * The defaults keep {@code mvn verify} quick; {@code -Disolation.learners=40 -Disolation.pairs=200} goes further.
 */
record Budget(long seed, int learners, int pairs) {

    static Budget fromSystemProperties() {
        long seed = Long.getLong("isolation.seed", new java.security.SecureRandom().nextLong());
        int learners = Math.max(2, Integer.getInteger("isolation.learners", 5));
        int pairs = Math.max(1, Integer.getInteger("isolation.pairs", 6));
        return new Budget(seed, learners, pairs);
    }
}
