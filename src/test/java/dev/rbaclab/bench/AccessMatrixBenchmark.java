package dev.rbaclab.bench;

import dev.rbaclab.access.AccessService;
import dev.rbaclab.access.AccessSubject;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.testing.LabExtension;
import dev.rbaclab.testing.TestLab;
import dev.rbaclab.testing.WebClient;
import org.HdrHistogram.Histogram;

import java.nio.file.Files;

/**
 * Issue "see access": the matrix of one subject over every resource of a namespace, with the full default policy —
 * computed (the authorizer for every cell), served as JSON, and rendered as the learner's page — beside a bare route
 * in the same run. Target: p50 ≤ 50 ms.
 */
final class AccessMatrixBenchmark implements Benchmarks.Benchmark {

    static final int WARMUP = 300;
    static final int RUNS = 1000;

    @Override
    public void run() throws Exception {
        try (TestLab lab = TestLab.startIn(Files.createTempDirectory("rbaclab-bench"), LabExtension.FIXTURE_LESSONS)) {
            WebClient learner = new WebClient(lab.webUrl()).start();
            learner.run("kubectl create namespace foo");
            learner.run("kubectl create role service-reader --verb=get --verb=list --resource=services -n foo");
            learner.run("kubectl create rolebinding test --role=service-reader --serviceaccount=foo:default -n foo");
            String page = learner.get("/kubectl").body();
            String sandboxId = page.replaceAll("(?s).*/api/sandboxes/([a-z0-9]+)/kubeconfig.*", "$1");
            Sandbox sandbox = lab.lab().sandboxes().find(sandboxId).orElseThrow();
            AccessService access = lab.lab().access();
            AccessSubject subject = AccessSubject.serviceAccount("foo", "default");
            String query = "?kind=ServiceAccount&namespace=foo&name=default&scope=foo";

            Histogram bare = Percentiles.histogram();
            Histogram computed = Percentiles.histogram();
            Histogram json = Percentiles.histogram();
            Histogram html = Percentiles.histogram();
            int cells = access.matrix(sandbox, subject, "foo").rows().size() * 11;
            for (int i = 0; i < WARMUP + RUNS; i++) {
                boolean record = i >= WARMUP;
                long start = System.nanoTime();
                learner.get("/healthz");
                long t1 = System.nanoTime();
                access.matrix(sandbox, subject, "foo");
                long t2 = System.nanoTime();
                learner.get("/api/sandboxes/" + sandboxId + "/access/matrix" + query);
                long t3 = System.nanoTime();
                learner.get("/access" + query + "&view=matrix");
                long t4 = System.nanoTime();
                if (record) {
                    bare.recordValue(t1 - start);
                    computed.recordValue(t2 - t1);
                    json.recordValue(t3 - t2);
                    html.recordValue(t4 - t3);
                }
            }
            System.out.println("matrix of ServiceAccount foo/default over namespace foo: " + cells + " cells");
            System.out.println(Percentiles.millis("baseline: GET /healthz (bare route)", bare));
            System.out.println(Percentiles.millis("matrix computed (in process)", computed));
            System.out.println(Percentiles.millis("matrix as JSON (HTTP)", json));
            System.out.println(Percentiles.millis("matrix page rendered (HTTP, HTML)", html));
        }
    }
}
