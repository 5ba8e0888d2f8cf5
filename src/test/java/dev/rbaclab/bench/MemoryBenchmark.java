package dev.rbaclab.bench;

import dev.rbaclab.testing.ChildLab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue "prove it under load", memory and start: what a sandbox costs a running lab (heap retained after a full GC,
 * H2 file growth) at 0, 100 and 1,000 sandboxes of {@value SandboxFiller#OBJECTS} objects each, and how long the lab
 * takes from launch to ready, empty and with 1,000 sandboxes. Baselines in the same run: the empty lab's heap and
 * file, and the bare JVM's start ({@code java -version}). Starts are measured in each {@link StartMode} (class path,
 * jar, jar with its class-data archive), taking turns; the targets are judged on the deployed one.
 * Targets: ≤ 256 KiB heap per sandbox; cold start ≤ 3 s empty, ≤ 5 s with 1,000 sandboxes.
 */
final class MemoryBenchmark implements Benchmarks.Benchmark {

    /** Sandbox counts to measure at, the first of them 0 (the baseline). */
    static final List<Integer> COUNTS = java.util.Arrays.stream(System.getProperty("bench.memory.sandboxes", "0,100,1000")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    static final int MOST = COUNTS.get(COUNTS.size() - 1);
    static final int STARTS = Integer.getInteger("bench.memory.starts", 3);
    static final List<String> JVM = List.of("-Xmx1g");
    static final double HEAP_TARGET_KIB = 256;
    static final double EMPTY_START_TARGET_SECONDS = 3;
    static final double FULL_START_TARGET_SECONDS = 5;

    @Override
    public void run() throws Exception {
        if (MOST <= 0) {
            // the figures are per sandbox: an empty lab alone has nothing to divide by
            throw new IllegalArgumentException("bench.memory.sandboxes must end with a count above 0, e.g. 0,100");
        }
        Path directory = Files.createTempDirectory("rbaclab-memory-bench");
        System.out.printf(Locale.ROOT, "lab: its own JVM (%s); 2 cores shared with other work, load average %s%n",
                String.join(" ", JVM), ProcessCpu.loadAverage());
        List<StartMode> modes = StartMode.available(JVM);
        StartMode deployed = StartMode.deployed(modes);
        if (modes.size() < 3) {
            System.out.println("no target/rbac-lab.jar with its archive: run `mvn package` first to measure the deployed start");
        }
        Duration firstStart = restart(directory, modes.get(0));
        System.out.printf(Locale.ROOT, "first start (creates the database, the CA, the default policy): %.2f s%n", seconds(firstStart));
        List<Duration> bareJvm = new ArrayList<>();
        Map<StartMode, List<Duration>> empty = starts(directory, modes, bareJvm);
        printStarts("baseline: java -version, launch to exit", bareJvm);
        modes.forEach(mode -> printStarts("cold start, 0 sandboxes, " + mode.label(), empty.get(mode)));

        RetainedHeap emptyLab = null;
        RetainedHeap fullLab = null;
        long heapEmpty = 0;
        long diskEmpty = 0;
        long heapFull = 0;
        ColdStart.Started started = ColdStart.launch(directory, JVM);
        try (ChildLab lab = started.lab()) {
            int made = 0;
            for (int count : COUNTS) {
                long fillStart = System.nanoTime();
                SandboxFiller.fill(lab, count - made);
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                made = count;
                RetainedHeap retained = RetainedHeap.of(lab.pid());
                long heap = retained.total();
                long disk = size(directory.resolve("db"));
                if (count == 0) {
                    emptyLab = retained;
                    heapEmpty = heap;
                    diskEmpty = disk;
                    System.out.printf(Locale.ROOT, "baseline: empty lab  heap %7.1f MiB  H2 file %7.1f MiB%n", mib(heap), mib(disk));
                    continue;
                }
                fullLab = retained;
                heapFull = heap;
                System.out.printf(Locale.ROOT, "%5d sandboxes  heap %7.1f MiB (+%6.1f KiB each)  H2 file %7.1f MiB (+%6.1f KiB each)"
                                + "  filled in %.0f s; load average %s%n", count, mib(heap), kib(heap - heapEmpty) / count,
                        mib(disk), kib(disk - diskEmpty) / count, fillSeconds, ProcessCpu.loadAverage());
            }
            System.out.println("   where the heap grew, per sandbox:");
            for (var growth : fullLab.growthSince(emptyLab, 12)) {
                System.out.printf(Locale.ROOT, "   %8.1f KiB  %s%n", kib(growth.getValue()) / made, growth.getKey());
            }
            lab.stop();
            System.out.printf(Locale.ROOT, "after a clean stop (H2 compacts on close): H2 file %.1f MiB (+%.1f KiB a sandbox)%n",
                    mib(size(directory.resolve("db"))), kib(size(directory.resolve("db")) - diskEmpty) / made);
        }
        Map<StartMode, List<Duration>> full = starts(directory, modes, new ArrayList<>());
        modes.forEach(mode -> printStarts("cold start, " + MOST + " sandboxes, " + mode.label(), full.get(mode)));
        long heapAfterRestart;
        try (ChildLab lab = ColdStart.launch(directory, JVM).lab()) {
            heapAfterRestart = RetainedHeap.of(lab.pid()).total();
        }
        System.out.printf(Locale.ROOT, "heap of a restarted lab with %d sandboxes, none used yet: %.1f MiB (+%.1f KiB a sandbox)%n",
                MOST, mib(heapAfterRestart), kib(heapAfterRestart - heapEmpty) / MOST);

        double perSandbox = kib(heapFull - heapEmpty) / MOST;
        System.out.printf(Locale.ROOT, "target: heap ≤ %.0f KiB a sandbox — %s (%.1f KiB)%n", HEAP_TARGET_KIB,
                perSandbox <= HEAP_TARGET_KIB ? "met" : "MISSED", perSandbox);
        verdict("cold start empty, " + deployed.label(), median(empty.get(deployed)), EMPTY_START_TARGET_SECONDS);
        verdict("cold start with " + MOST + " sandboxes, " + deployed.label(), median(full.get(deployed)),
                FULL_START_TARGET_SECONDS);
    }

    /**
     * {@link #STARTS} rounds; each round starts the lab once in every mode, in turn, so that a busier moment of the
     * machine falls on all of them alike, and adds one bare JVM start to {@code bareJvm}.
     */
    private static Map<StartMode, List<Duration>> starts(Path directory, List<StartMode> modes, List<Duration> bareJvm)
            throws IOException, InterruptedException {
        Map<StartMode, List<Duration>> starts = new LinkedHashMap<>();
        for (int i = 0; i < STARTS; i++) {
            bareJvm.add(ColdStart.bareJvm());
            for (StartMode mode : modes) {
                starts.computeIfAbsent(mode, m -> new ArrayList<>()).add(restart(directory, mode));
            }
        }
        return starts;
    }

    /** Launches the lab on its files, waits for ready, stops it cleanly; prints the CPU it took. */
    private static Duration restart(Path directory, StartMode mode) {
        ColdStart.Started started = ColdStart.launch(mode.lab().apply(directory));
        started.lab().stop();
        System.out.printf(Locale.ROOT, "   start, %s: %.2f s to ready, %.2f CPU-seconds used by then; load average %s%n",
                mode.label(), seconds(started.toReady()), started.cpuSeconds(), ProcessCpu.loadAverage());
        return started.toReady();
    }

    private static void printStarts(String label, List<Duration> starts) {
        System.out.printf(Locale.ROOT, "%-40s median %.2f s  (%s)%n", label, seconds(median(starts)),
                String.join(", ", starts.stream().map(d -> String.format(Locale.ROOT, "%.2f s", seconds(d))).toList()));
    }

    private static void verdict(String what, Duration measured, double targetSeconds) {
        System.out.printf(Locale.ROOT, "target: %s ≤ %.0f s — %s (median %.2f s)%n", what, targetSeconds,
                seconds(measured) <= targetSeconds ? "met" : "MISSED", seconds(measured));
    }

    private static Duration median(List<Duration> durations) {
        return durations.stream().sorted().toList().get(durations.size() / 2);
    }

    /** Bytes of every file under {@code directory}. */
    private static long size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static double kib(long bytes) {
        return bytes / 1024.0;
    }
}
