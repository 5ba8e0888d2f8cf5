package dev.rbaclab.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per learner (not per IP: a classroom shares one address): bursts of pasted commands pass, a script
 * hammering the console is slowed to the refill rate and told when to come back.
 */
final class RateLimiter {

    private static final int MAX_TRACKED = 10_000;

    private final double capacity;
    private final double perSecond;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    RateLimiter(int capacity, double perSecond, Clock clock) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Takes one token; when none is left, throws 429 with the seconds until one is back. */
    void acquire(String key) {
        long retryAfter;
        synchronized (buckets) {
            long now = clock.millis();
            Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) / 1000.0 * perSecond);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return;
            }
            retryAfter = (long) Math.ceil((1 - bucket.tokens) / perSecond);
        }
        throw new TooManyRequests(Math.max(1, retryAfter));
    }

    /** A bucket's level at its last update. */
    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    /** 429 Too Many Requests with Retry-After. */
    static final class TooManyRequests extends RuntimeException {
        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super("rate limited", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
