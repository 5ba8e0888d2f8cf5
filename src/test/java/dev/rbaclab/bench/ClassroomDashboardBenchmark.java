package dev.rbaclab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.classroom.SseListener;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.ChildLab;
import dev.rbaclab.testing.WebClient;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue "classroom": 300 learners joined to one workshop, working at a classroom's pace (a console command every
 * 15 s each, 20 a second in all), while one learner's Check presses are timed until the instructor's dashboard
 * receives the updated row over server-sent events. The lab runs as its own process, so that its CPU time can be read
 * from /proc. Baselines in the same run: a bare route's latency, and the lab's CPU with the 300 learners idle.
 */
final class ClassroomDashboardBenchmark implements Benchmarks.Benchmark {

    static final int LEARNERS = Integer.getInteger("bench.learners", 300);
    static final double COMMANDS_PER_SECOND = 20;
    static final int PROBES = 200;
    static final String LESSON = "12.1.3-creating-service-accounts";

    @Override
    public void run() throws Exception {
        Path directory = Files.createTempDirectory("rbaclab-classroom-bench");
        try (ChildLab lab = new ChildLab(directory).start()) {
            WebClient admin = new WebClient(lab.webUrl()).signInInstructor("admin", "child-lab-password");
            String code = admin.postFormWithCsrf("/instructor/workshops", "title=Bench&lessons=" + LESSON
                    + "&mode=practice").header("Location").substring("/instructor/workshops/".length());
            List<WebClient> learners = new ArrayList<>();
            long joinStart = System.nanoTime();
            for (int i = 0; i < LEARNERS; i++) {
                WebClient learner = new WebClient(lab.webUrl());
                if (learner.join(code, "learner-" + i).code() != 303) {
                    throw new IllegalStateException("join failed");
                }
                learner.get("/lessons/" + LESSON + "/create-sa");
                learners.add(learner);
            }
            System.out.printf(Locale.ROOT, "%d learners joined and opened a step in %.1f s%n", LEARNERS,
                    (System.nanoTime() - joinStart) / 1e9);
            Matcher probeId = new Matcher(admin.get("/instructor/workshops/" + code).body());
            WebClient probe = learners.get(0);
            String probeLearner = probeId.learnerNamed("learner-0");

            Histogram bare = Percentiles.histogram();
            for (int i = 0; i < 500; i++) {
                long start = System.nanoTime();
                probe.get("/healthz");
                if (i >= 100) {
                    bare.recordValue(System.nanoTime() - start);
                }
            }
            double idleCpu = cpuPercent(lab.pid(), 10_000, () -> { });

            try (SseListener live = new SseListener(lab.webUrl() + "/instructor/workshops/" + code + "/events",
                    admin.cookieHeader())) {
                if (live.next("ready", 10_000) == null) {
                    throw new IllegalStateException("no dashboard stream");
                }
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger commands = new AtomicInteger();
                ExecutorService load = Executors.newFixedThreadPool(4);
                long periodNanos = (long) (1e9 / COMMANDS_PER_SECOND);
                for (int t = 0; t < 4; t++) {
                    int offset = t;
                    load.submit(() -> {
                        long next = System.nanoTime();
                        int i = offset;
                        while (running.get()) {
                            next += periodNanos * 4;
                            WebClient learner = learners.get(1 + i % (LEARNERS - 1));
                            learner.postJson("/api/console", Json.write(Json.object().put("input", "kubectl get sa")));
                            commands.incrementAndGet();
                            i += 4;
                            long sleep = next - System.nanoTime();
                            if (sleep > 0) {
                                TimeUnit.NANOSECONDS.sleep(sleep);
                            }
                        }
                        return null;
                    });
                }
                Histogram update = Percentiles.histogram();
                long loadStart = System.nanoTime();
                double busyCpu = cpuPercent(lab.pid(), 0, () -> {
                    for (int i = 0; i < PROBES; i++) {
                        long start = System.nanoTime();
                        probe.postJson("/api/lessons/" + LESSON + "/steps/create-sa/check", "{}");
                        int attempts = i + 1;
                        awaitRow(live, probeLearner, attempts);
                        update.recordValue(System.nanoTime() - start);
                        sleepQuietly(300);
                    }
                });
                running.set(false);
                load.shutdown();
                load.awaitTermination(30, TimeUnit.SECONDS);
                double seconds = (System.nanoTime() - loadStart) / 1e9;
                System.out.println(Percentiles.millis("baseline: GET /healthz (bare route)", bare));
                System.out.println(Percentiles.millis("dashboard update (Check → SSE row)", update));
                System.out.printf(Locale.ROOT, "background load: %d console commands in %.1f s (%.1f/s) from %d learners%n",
                        commands.get(), seconds, commands.get() / seconds, LEARNERS - 1);
                System.out.printf(Locale.ROOT, "lab CPU: %.1f %% of one core with %d learners at work; baseline %.1f %% "
                        + "with them idle (2 cores = 200 %%)%n", busyCpu, LEARNERS, idleCpu);
            }
        }
    }

    /** Waits for the roster row of the learner showing this many attempts on the first step. */
    private static void awaitRow(SseListener live, String learnerId, int attempts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            SseListener.Event event = live.next("roster", deadline - System.currentTimeMillis());
            if (event == null) {
                break;
            }
            for (JsonNode row : Json.parse(event.data()).path("rows")) {
                if (row.path("learner").asText().equals(learnerId)
                        && row.path("cells").get(0).path("attempts").asInt() >= attempts) {
                    return;
                }
            }
        }
        throw new IllegalStateException("the dashboard never showed attempt " + attempts);
    }

    /** The lab's CPU use (utime + stime from /proc) while the work runs, or over a fixed time when it is empty. */
    private static double cpuPercent(long pid, long millis, ThrowingRunnable work) throws Exception {
        long before = cpuTicks(pid);
        long start = System.nanoTime();
        if (millis > 0) {
            Thread.sleep(millis);
        }
        work.run();
        long ticks = cpuTicks(pid) - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        return ticks / 100.0 / seconds * 100;
    }

    /** utime + stime of a process in clock ticks (USER_HZ, 100 on Linux). */
    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Work that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Finds learner ids on the dashboard page. */
    private record Matcher(String page) {
        String learnerNamed(String name) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("/learners/([a-z0-9]+)\">" + name + "<")
                    .matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no " + name + " on the dashboard");
            }
            return m.group(1);
        }
    }
}
