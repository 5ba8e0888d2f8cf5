package dev.rbaclab.bench;

import dev.rbaclab.testing.TestLab;
import org.HdrHistogram.Histogram;

import java.util.Locale;

/**
 * Issue "simulated cluster, part 1": creating a sandbox must cost a few rows — target p50 ≤ 25 × one durable
 * single-row write, both measured here, interleaved so that both see the same machine.
 */
final class SandboxCreationBenchmark implements Benchmarks.Benchmark {

    static final int ROUNDS = 10;
    static final int PER_ROUND = 200;

    @Override
    public void run() {
        try (TestLab lab = TestLab.start()) {
            for (int i = 0; i < 300; i++) {
                lab.newSandbox();
            }
            DurableWrite.measure(lab.lab().database().jdbi(), 200);
            Histogram creation = Percentiles.histogram();
            Histogram write = Percentiles.histogram();
            for (int round = 0; round < ROUNDS; round++) {
                write.add(DurableWrite.measure(lab.lab().database().jdbi(), PER_ROUND));
                for (int i = 0; i < PER_ROUND; i++) {
                    long start = System.nanoTime();
                    lab.newSandbox();
                    creation.recordValue(System.nanoTime() - start);
                }
            }
            System.out.println(Percentiles.micros("baseline: one durable single-row write", write));
            System.out.println(Percentiles.micros("sandbox creation", creation));
            System.out.printf(Locale.ROOT, "creation p50 / write p50 = %.1f (target ≤ 25)%n",
                    (double) creation.getValueAtPercentile(50) / write.getValueAtPercentile(50));
        }
    }
}
