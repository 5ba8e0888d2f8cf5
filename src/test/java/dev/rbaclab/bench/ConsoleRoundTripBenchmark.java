package dev.rbaclab.bench;

import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.TestLab;
import dev.rbaclab.testing.WebClient;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue "browser lab": the console's round trip — the browser's POST /api/console over HTTP, the learner's shell,
 * the console kubectl, the API server's pipeline, the rendered output and the saved history — beside a bare route
 * (GET /healthz) measured in the same run. Learners take turns so that none hits the per-learner rate limit.
 */
final class ConsoleRoundTripBenchmark implements Benchmarks.Benchmark {

    static final int LEARNERS = 100;
    static final int ROUNDS = 10;
    static final int PER_ROUND = 100;

    @Override
    public void run() throws Exception {
        try (TestLab lab = TestLab.startIn(Files.createTempDirectory("rbaclab-bench"), LabExtension.FIXTURE_LESSONS)) {
            List<WebClient> learners = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                WebClient learner = new WebClient(lab.webUrl()).start();
                learner.run("kubectl create serviceaccount foo");
                learners.add(learner);
            }
            Map<String, String> commands = new LinkedHashMap<>();
            commands.put("console: echo hello (shell only, no API request)", "echo hello");
            commands.put("console: kubectl get sa", "kubectl get sa");
            commands.put("console: kubectl auth can-i list pods --as=system:serviceaccount:default:foo",
                    "kubectl auth can-i list pods --as=system:serviceaccount:default:foo");
            Map<String, Histogram> results = new LinkedHashMap<>();
            results.put("baseline: GET /healthz (bare route)", Percentiles.histogram());
            commands.keySet().forEach(name -> results.put(name, Percentiles.histogram()));
            int turn = 0;
            for (int round = -2; round < ROUNDS; round++) {
                boolean warmup = round < 0;
                for (int i = 0; i < PER_ROUND; i++) {
                    WebClient learner = learners.get(turn++ % LEARNERS);
                    long start = System.nanoTime();
                    if (learner.get("/healthz").code() != 200) {
                        throw new IllegalStateException("healthz failed");
                    }
                    record(results.get("baseline: GET /healthz (bare route)"), start, warmup);
                    for (Map.Entry<String, String> command : commands.entrySet()) {
                        start = System.nanoTime();
                        WebClient.Response response = learner.postJson("/api/console",
                                Json.write(Json.object().put("input", command.getValue())));
                        if (response.code() != 200) {
                            throw new IllegalStateException(command.getValue() + ": " + response.code());
                        }
                        record(results.get(command.getKey()), start, warmup);
                    }
                }
            }
            results.forEach((name, histogram) -> System.out.println(Percentiles.micros(name, histogram)));
        }
    }

    private static void record(Histogram histogram, long start, boolean warmup) {
        if (!warmup) {
            histogram.recordValue(System.nanoTime() - start);
        }
    }
}
