package dev.rbaclab.bench;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.concurrent.TimeUnit;

/** Runs {@link AuthorizerBenchmark} with JMH (average time per decision, allocation per operation). */
final class AuthorizerJmh implements Benchmarks.Benchmark {

    @Override
    public void run() throws Exception {
        new Runner(new OptionsBuilder()
                .include(AuthorizerBenchmark.class.getName())
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .addProfiler(GCProfiler.class)
                .build()).run();
    }
}
