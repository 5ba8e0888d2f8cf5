package dev.rbaclab.bench;

/**
 * Arrival rates per second of the load benchmark's open model. A learner sends a console command every 10 s, opens a
 * step page and presses Check about once a minute; the bare route is a probe at a fixed rate, not scaled.
 */
record Demand(double commandsPerSecond, double pagesPerSecond, double checksPerSecond, double bareRoutePerSecond) {

    static final double BARE_ROUTE_PER_SECOND = 5;

    Demand {
        if (commandsPerSecond < 0 || pagesPerSecond < 0 || checksPerSecond < 0 || bareRoutePerSecond < 0) {
            throw new IllegalArgumentException("rates are never negative");
        }
    }

    /** What {@code learners} learners ask for at a classroom's pace. */
    static Demand steady(int learners) {
        return new Demand(learners / 10.0, learners / 60.0, learners / 60.0, BARE_ROUTE_PER_SECOND);
    }

    /** The learners' part {@code factor} times over; the probe stays as it is. */
    Demand times(double factor) {
        return new Demand(commandsPerSecond * factor, pagesPerSecond * factor, checksPerSecond * factor,
                bareRoutePerSecond);
    }

    double total() {
        return commandsPerSecond + pagesPerSecond + checksPerSecond + bareRoutePerSecond;
    }
}
