package dev.rbaclab.bench;

import dev.rbaclab.testing.ChildLab;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The load benchmark's last phase: the steady demand of {@value LoadBenchmark#REFERENCE_SIZE} learners, multiplied
 * step by step (and spread over every learner, so that none reaches the console's rate limit), until the console's
 * p99 passes {@value LoadBenchmark#SATURATION_P99_MILLIS} ms or a request fails.
 */
final class Saturation {

    private Saturation() {
    }

    /** The highest multiple that kept p99 within bounds (0 when even the first did not). */
    static int search(ChildLab lab, OpenLoad driver, List<LoadLearner> learners, Random random) throws Exception {
        System.out.printf(Locale.ROOT, "-- saturation: the steady demand of N=%d (%d commands/s with page loads, Check "
                        + "presses, the browser's follow-ups) × m, over %d learners, %d s a step%n",
                LoadBenchmark.REFERENCE_SIZE, LoadBenchmark.REFERENCE_SIZE / 10, learners.size(), LoadBenchmark.STEP.toSeconds());
        int highest = 0;
        for (int multiple : LoadBenchmark.MULTIPLES) {
            Demand demand = Demand.steady(LoadBenchmark.REFERENCE_SIZE).times(multiple);
            Thread.sleep(3000);
            ProcessCpu labCpu = ProcessCpu.of(lab.pid());
            Tally tally = driver.steady(learners, demand, LoadBenchmark.STEP, random);
            double p99 = tally.commands.getValueAtPercentile(99) / 1e6;
            System.out.printf(Locale.ROOT, "   ×%-3d %5.0f commands/s  console p50=%7.1f ms p99=%8.1f ms max=%8.1f ms  "
                            + "bare p99=%7.1f ms  errors %d, 429s %d  lab CPU %.0f %%, load average %s%n",
                    multiple, demand.commandsPerSecond(), tally.commands.getValueAtPercentile(50) / 1e6, p99,
                    tally.commands.getMaxValue() / 1e6, tally.latency.get(Tally.Kind.BARE).getValueAtPercentile(99) / 1e6,
                    tally.errors.get(), tally.limited.get(), labCpu.percentSince(), ProcessCpu.loadAverage());
            if (p99 > LoadBenchmark.SATURATION_P99_MILLIS || tally.errors.get() > 0) {
                tally.samples.forEach(sample -> System.out.println("     e.g. " + sample));
                break;
            }
            highest = multiple;
        }
        return highest;
    }
}
