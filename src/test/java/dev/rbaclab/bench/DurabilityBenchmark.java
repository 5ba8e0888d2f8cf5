package dev.rbaclab.bench;

import dev.rbaclab.testing.KillNineTrial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Issue "prove it under faults": twenty {@link KillNineTrial}s, each killing the lab with SIGKILL at a random moment
 * under write load (after a random number of acknowledged writes, then a random delay while the writers go on).
 * Target: no acknowledged write lost in 20 of 20, and resourceVersions that keep increasing after every restart.
 */
final class DurabilityBenchmark implements Benchmarks.Benchmark {

    static final int TRIALS = Integer.getInteger("bench.durability.trials", 20);
    static final int WRITERS = Integer.getInteger("bench.durability.writers", 8);
    static final long SEED = Long.getLong("bench.seed", 42);

    @Override
    public void run() throws Exception {
        Random random = new Random(SEED);
        System.out.printf(Locale.ROOT, "%d trials, %d writers creating and updating ConfigMaps over HTTPS with the sandbox's "
                + "admin token; load average %s; seed %d%n", TRIALS, WRITERS, ProcessCpu.loadAverage(), SEED);
        int clean = 0;
        long acknowledged = 0;
        long lost = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            KillNineTrial.KillMoment moment = new KillNineTrial.KillMoment(1 + random.nextInt(400), random.nextInt(1500));
            Path directory = Files.createTempDirectory("rbaclab-durability-bench");
            KillNineTrial.Outcome outcome = KillNineTrial.run(directory, WRITERS, moment);
            System.out.printf(Locale.ROOT, "trial %2d: kill after %3d acknowledged writes + %4d ms: %4d objects acknowledged, "
                            + "%d refused, %d lost, %d stale; resourceVersion %d before, %d first after — %s%n",
                    trial, moment.acknowledgedWrites(), moment.thenMillis(), outcome.acknowledged(), outcome.refused(),
                    outcome.lost(), outcome.stale(), outcome.maxVersionBefore(), outcome.firstVersionAfter(),
                    outcome.clean() ? "clean" : "FAILED");
            clean += outcome.clean() ? 1 : 0;
            acknowledged += outcome.acknowledged();
            lost += outcome.lost() + outcome.stale();
        }
        System.out.printf(Locale.ROOT, "target: 0 acknowledged writes lost in 20/20 trials — %s (%d/%d clean, %d of %d lost or stale)%n",
                clean == TRIALS && TRIALS >= 20 ? "met" : "MISSED", clean, TRIALS, lost, acknowledged);
    }
}
