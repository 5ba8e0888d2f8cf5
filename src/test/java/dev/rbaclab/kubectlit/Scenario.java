package dev.rbaclab.kubectlit;

import dev.rbaclab.testing.KubectlRunner;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Steps run in order against one sandbox, started in the background as soon as the test class starts, so that the
 * scenarios of a class run side by side while each keeps its own order. Each step is still its own named test: it
 * waits for its run and compares what kubectl printed.
 */
final class Scenario {

    private static final long STEP_TIMEOUT_SECONDS = 120;

    private final List<KubectlStep> steps;
    private final List<CompletableFuture<KubectlRunner.Result>> results = new ArrayList<>();

    private Scenario(List<KubectlStep> steps) {
        this.steps = steps;
        steps.forEach(step -> results.add(new CompletableFuture<>()));
    }

    static Scenario start(ExecutorService executor, RealKubectl kubectl, KubectlStep... steps) {
        Scenario scenario = new Scenario(List.of(steps));
        executor.execute(() -> scenario.runAll(kubectl));
        return scenario;
    }

    private void runAll(RealKubectl kubectl) {
        for (int i = 0; i < steps.size(); i++) {
            try {
                results.get(i).complete(steps.get(i).run(kubectl));
            } catch (RuntimeException | Error e) {
                results.get(i).completeExceptionally(e);
            }
        }
    }

    Stream<DynamicTest> tests() {
        return IntStream.range(0, steps.size()).mapToObj(i -> DynamicTest.dynamicTest(steps.get(i).name(),
                () -> steps.get(i).verify(results.get(i).get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS))));
    }
}
