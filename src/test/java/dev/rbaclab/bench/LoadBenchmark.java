package dev.rbaclab.bench;

import dev.rbaclab.storage.Database;
import dev.rbaclab.testing.ChildLab;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue "prove it under load": simulated learners against the lab running as its own process (so that its CPU and
 * latency are its own), in an open model — see {@link OpenLoad}. Steady phases at a classroom's pace for several class
 * sizes, bursts where every learner sends a command within 2 s, then the arrival rate stepped up until the console's
 * p99 passes 100 ms. Baselines in the same run: the bare route and one durable single-row write.
 */
final class LoadBenchmark implements Benchmarks.Benchmark {

    static final List<Integer> SIZES = integers(System.getProperty("bench.load.learners", "100,300,500"));
    static final int REFERENCE_SIZE = 300;
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.load.warmupSeconds", 30));
    static final Duration STEADY = Duration.ofSeconds(Integer.getInteger("bench.load.steadySeconds", 60));
    static final int BURSTS = Integer.getInteger("bench.load.bursts", 3);
    static final Duration BURST_WINDOW = Duration.ofSeconds(2);
    static final Duration STEP = Duration.ofSeconds(Integer.getInteger("bench.load.stepSeconds", 20));
    static final List<Integer> MULTIPLES = integers(System.getProperty("bench.load.multiples", "1,2,4,6,8,10,12,15,20,25,30,40"));
    /** The lab's JVM options, separated by '|' (a space would split them in exec's command line), e.g. a flight recording. */
    static final List<String> CHILD_JVM = List.of(System.getProperty("bench.load.childJvm", "-Xmx512m").split("\\|"));
    static final long SEED = Long.getLong("bench.seed", 42);
    static final double STEADY_P99_MILLIS = 50;
    static final double BURST_P99_MILLIS = 500;
    static final double SATURATION_P99_MILLIS = 100;
    static final int SATURATION_TARGET = 10;

    @Override
    public void run() throws Exception {
        Path directory = Files.createTempDirectory("rbaclab-load-bench");
        Random random = new Random(SEED);
        int population = SIZES.stream().mapToInt(Integer::intValue).max().orElse(REFERENCE_SIZE);
        try (ChildLab lab = new ChildLab(directory, CHILD_JVM).start(); OpenLoad driver = new OpenLoad()) {
            System.out.printf(Locale.ROOT, "lab: its own JVM (%s); 2 cores shared with other work, load average %s; seed %d%n",
                    String.join(" ", CHILD_JVM), ProcessCpu.loadAverage(), SEED);
            List<LoadLearner> learners = startLearners(lab.webUrl(), population);
            baselines(directory, learners.get(0));

            driver.steady(learners.subList(0, Math.min(REFERENCE_SIZE, population)),
                    Demand.steady(Math.min(REFERENCE_SIZE, population)), WARMUP, random);
            Tally reference = null;
            for (int size : SIZES) {
                Demand demand = Demand.steady(size);
                Tally tally = phase(lab, String.format(Locale.ROOT, "steady N=%d: %.1f commands/s, %.1f page loads/s, "
                                + "%.1f Check presses/s, %.0f bare-route probes/s for %d s", size, demand.commandsPerSecond(),
                        demand.pagesPerSecond(), demand.checksPerSecond(), demand.bareRoutePerSecond(), STEADY.toSeconds()),
                        () -> driver.steady(learners.subList(0, size), demand, STEADY, random));
                if (size == REFERENCE_SIZE) {
                    reference = tally;
                }
            }
            Tally burst = phase(lab, String.format(Locale.ROOT, "burst: each of %d learners sends one command within %d s "
                    + "(%d bursts, 5 s apart)", population, BURST_WINDOW.toSeconds(), BURSTS), () -> bursts(driver, learners, random));
            int saturation = Saturation.search(lab, driver, learners, random);
            verdicts(reference, burst, saturation);
        }
    }

    private static List<LoadLearner> startLearners(String webUrl, int count) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<LoadLearner>> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(pool.submit(() -> LoadLearner.start(webUrl)));
        }
        List<LoadLearner> learners = new ArrayList<>();
        for (Future<LoadLearner> learner : started) {
            learners.add(learner.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d learners started self-study, opened a step and made %d objects each in %.1f s%n",
                count, LoadLearner.SETUP.size(), (System.nanoTime() - start) / 1e9);
        return learners;
    }

    private static void baselines(Path directory, LoadLearner learner) {
        Histogram bare = Percentiles.histogram();
        for (int i = 0; i < 2500; i++) {
            long start = System.nanoTime();
            if (learner.browser.get("/healthz").code() != 200) {
                throw new IllegalStateException("healthz failed");
            }
            if (i >= 500) {
                bare.recordValue(System.nanoTime() - start);
            }
        }
        System.out.println(Percentiles.millis("baseline: GET /healthz (bare route, idle)", bare));
        try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("baseline/db").toAbsolutePath())) {
            System.out.println(Percentiles.millis("baseline: one durable single-row write", DurableWrite.measure(database.jdbi(), 2000)));
        }
    }

    private static Tally bursts(OpenLoad driver, List<LoadLearner> learners, Random random) throws InterruptedException {
        Tally all = null;
        for (int i = 0; i < BURSTS; i++) {
            if (i > 0) {
                Thread.sleep(5000);
            }
            Tally burst = driver.burst(learners, BURST_WINDOW, random);
            all = all == null ? burst : all.plus(burst);
        }
        return all;
    }

    /** Runs a phase, prints its figures with the CPU both processes used and the machine's load. */
    static Tally phase(ChildLab lab, String title, Phase work) throws Exception {
        Thread.sleep(3000);
        ProcessCpu labCpu = ProcessCpu.of(lab.pid());
        ProcessCpu driverCpu = ProcessCpu.self();
        Tally tally = work.run();
        System.out.println("-- " + title);
        System.out.printf(Locale.ROOT, "   lab CPU %.0f %%, driver CPU %.0f %% (2 cores = 200 %%); load average %s%n",
                labCpu.percentSince(), driverCpu.percentSince(), ProcessCpu.loadAverage());
        tally.lines().forEach(line -> System.out.println("   " + line));
        return tally;
    }

    private static void verdicts(Tally reference, Tally burst, int saturation) {
        if (reference != null) {
            double p99 = reference.commands.getValueAtPercentile(99) / 1e6;
            System.out.printf(Locale.ROOT, "target: steady N=%d console p99 ≤ %.0f ms with 0 errors — %s (p99 %.1f ms, %d errors)%n",
                    REFERENCE_SIZE, STEADY_P99_MILLIS, p99 <= STEADY_P99_MILLIS && reference.errors.get() == 0 ? "met" : "MISSED",
                    p99, reference.errors.get());
        }
        double burstP99 = burst.commands.getValueAtPercentile(99) / 1e6;
        System.out.printf(Locale.ROOT, "target: burst console p99 ≤ %.0f ms — %s (p99 %.1f ms)%n", BURST_P99_MILLIS,
                burstP99 <= BURST_P99_MILLIS ? "met" : "MISSED", burstP99);
        System.out.printf(Locale.ROOT, "target: saturation ≥ %d × the steady demand of N=%d (%d commands/s) — %s (×%d)%n",
                SATURATION_TARGET, REFERENCE_SIZE, REFERENCE_SIZE / 10, saturation >= SATURATION_TARGET ? "met" : "MISSED",
                saturation);
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** One phase's work. */
    @FunctionalInterface
    interface Phase {
        Tally run() throws Exception;
    }
}
