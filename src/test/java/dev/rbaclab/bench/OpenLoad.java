package dev.rbaclab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.WebClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load driver: requests leave at times drawn in advance (Poisson arrivals, or a burst), whether or not
 * earlier ones were answered, and each is timed from the moment it was meant to leave. A slow server therefore shows
 * as queueing in the figures instead of slowing the driver down (no coordinated omission). After a console command,
 * the driver does what the lesson player does: it asks for the "why" panel of the command's last request, refreshes
 * the cluster panel and runs the step's checks, all at once.
 */
final class OpenLoad implements AutoCloseable {

    private static final long DRAIN_NANOS = Duration.ofMinutes(2).toNanos();
    private static final String CHECK = "/api/lessons/" + LoadLearner.LESSON + "/steps/" + LoadLearner.STEP + "/check";

    /** What arrives: a console command (with its follow-ups), a page load, a Check press, the bare route. */
    private enum Action { COMMAND, PAGE, CHECK, BARE }

    /** One request to send, {@code offsetNanos} after the phase starts. */
    private record Arrival(long offsetNanos, Action action, LoadLearner learner) {
    }

    private final ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "load-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Poisson arrivals at {@code demand}'s rates for {@code duration}, each from a learner chosen at random. */
    Tally steady(List<LoadLearner> learners, Demand demand, Duration duration, Random random) {
        List<Arrival> arrivals = new ArrayList<>();
        long end = duration.toNanos();
        double meanGapNanos = 1e9 / demand.total();
        for (long at = gap(random, meanGapNanos); at < end; at += gap(random, meanGapNanos)) {
            arrivals.add(new Arrival(at, pick(demand, random), learners.get(random.nextInt(learners.size()))));
        }
        return play(arrivals);
    }

    /** Every learner sends one console command, at a moment drawn uniformly within {@code window}. */
    Tally burst(List<LoadLearner> learners, Duration window, Random random) {
        List<Arrival> arrivals = new ArrayList<>();
        for (LoadLearner learner : learners) {
            arrivals.add(new Arrival((long) (random.nextDouble() * window.toNanos()), Action.COMMAND, learner));
        }
        arrivals.sort(java.util.Comparator.comparingLong(Arrival::offsetNanos));
        return play(arrivals);
    }

    private Tally play(List<Arrival> arrivals) {
        Tally tally = new Tally();
        long start = System.nanoTime() + Duration.ofMillis(20).toNanos();
        for (Arrival arrival : arrivals) {
            long intended = start + arrival.offsetNanos();
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(() -> perform(arrival, intended, tally));
        }
        long deadline = System.nanoTime() + DRAIN_NANOS;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return tally;
    }

    private void send(Runnable request) {
        inFlight.incrementAndGet();
        senders.execute(() -> {
            try {
                request.run();
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void perform(Arrival arrival, long intended, Tally tally) {
        WebClient browser = arrival.learner().browser;
        switch (arrival.action()) {
            case COMMAND:
                command(arrival.learner(), intended, tally);
                break;
            case PAGE:
                request(tally, Tally.Kind.PAGE, intended, () -> {
                    WebClient.Response page = browser.get("/lessons/" + LoadLearner.LESSON + "/" + LoadLearner.STEP);
                    // the console on the page asks for its history as soon as the page is there
                    return page.code() != 200 ? page : browser.get("/api/console/history");
                });
                break;
            case CHECK:
                request(tally, Tally.Kind.CHECK, intended, () -> browser.postJson(CHECK, "{}"));
                break;
            default:
                request(tally, Tally.Kind.BARE, intended, () -> browser.get("/healthz"));
        }
    }

    private void command(LoadLearner learner, long intended, Tally tally) {
        CommandMix.Command command = CommandMix.next(learner, ThreadLocalRandom.current());
        WebClient.Response response = request(tally, Tally.Kind.valueOf(command.category().name()), intended,
                () -> learner.browser.postJson("/api/console", Json.write(Json.object().put("input", command.line()))));
        if (response == null || response.code() != 200) {
            return;
        }
        JsonNode reply = response.json();
        if (reply.path("exitCode").asInt() != 0 && command.category() != CommandMix.Category.CAN_I) {
            tally.commandFailed(command.line(), reply.path("stderr").asText());
        } else if (!command.createsConfigMap().isEmpty()) {
            learner.configMaps.add(command.createsConfigMap());
        }
        long answered = System.nanoTime();
        JsonNode requests = reply.path("requests");
        if (requests.size() > 0) {
            String why = "/api/requests/" + requests.get(requests.size() - 1).path("id").asLong();
            send(() -> request(tally, Tally.Kind.FOLLOW_UP, answered, () -> learner.browser.get(why)));
        }
        send(() -> request(tally, Tally.Kind.FOLLOW_UP, answered, () -> learner.browser.get("/api/cluster")));
        send(() -> request(tally, Tally.Kind.FOLLOW_UP, answered, () -> learner.browser.postJson(CHECK + "?auto=true", "{}")));
    }

    /** Sends one request and records it; null when it failed without a response. */
    private static WebClient.Response request(Tally tally, Tally.Kind kind, long intended,
                                              java.util.function.Supplier<WebClient.Response> call) {
        try {
            WebClient.Response response = call.get();
            tally.record(kind, intended, response.code(), response.body());
            return response;
        } catch (RuntimeException e) {
            tally.record(kind, intended, 0, String.valueOf(e));
            return null;
        }
    }

    private static Action pick(Demand demand, Random random) {
        double roll = random.nextDouble() * demand.total();
        if ((roll -= demand.commandsPerSecond()) < 0) {
            return Action.COMMAND;
        }
        if ((roll -= demand.pagesPerSecond()) < 0) {
            return Action.PAGE;
        }
        return roll - demand.checksPerSecond() < 0 ? Action.CHECK : Action.BARE;
    }

    /** An exponentially distributed gap: the time between two arrivals of a Poisson process. */
    private static long gap(Random random, double meanNanos) {
        return (long) (-Math.log(1 - random.nextDouble()) * meanNanos);
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
