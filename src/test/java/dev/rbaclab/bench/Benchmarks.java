package dev.rbaclab.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Entry point: {@code mvn -q -Pbench test-compile exec:exec -Dbench=<name>} runs one benchmark, {@code all} every one. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        // The JDK client keeps idle connections 20 minutes, Jetty closes them after 30 s: a request sent on a
        // connection at the moment Jetty closes it fails with "header parser received no bytes", which a browser
        // would retry unseen. Letting the client drop them first keeps such races out of the error counts.
        System.setProperty("jdk.httpclient.keepalive.timeout", "20");
        Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
        benchmarks.put("sandbox", new SandboxCreationBenchmark());
        benchmarks.put("authz", new AuthorizerJmh());
        benchmarks.put("console", new ConsoleRoundTripBenchmark());
        benchmarks.put("classroom", new ClassroomDashboardBenchmark());
        benchmarks.put("access", new AccessMatrixBenchmark());
        benchmarks.put("load", new LoadBenchmark());
        benchmarks.put("durability", new DurabilityBenchmark());
        benchmarks.put("memory", new MemoryBenchmark());
        String which = args.length == 0 ? "all" : args[0];
        for (Map.Entry<String, Benchmark> entry : benchmarks.entrySet()) {
            if (which.equals("all") || which.equals(entry.getKey())) {
                System.out.println("=== " + entry.getKey() + " ===");
                entry.getValue().run();
            }
        }
        System.exit(0);
    }

    /** One benchmark. */
    interface Benchmark {
        void run() throws Exception;
    }
}
