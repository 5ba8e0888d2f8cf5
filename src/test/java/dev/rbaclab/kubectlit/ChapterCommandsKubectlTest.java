package dev.rbaclab.kubectlit;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.KubectlRunner;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

/**
 * Every command of the chapter through the real kubectl on the PATH (kubectl 1.32 for a default sandbox), each
 * family of commands against a fresh sandbox, asserting exit code, stdout and stderr as a real v1.32 cluster makes
 * kubectl print them. The cases live in one table per family ({@code *Cases}); only what differs from run to run or
 * from cluster to cluster is normalised, by the named {@link Normaliser}s each case lists. The families run side by
 * side (each in its own order), which keeps the class fast on two cores.
 */
class ChapterCommandsKubectlTest {

    /** kubectl runs are half waiting (TLS, the API server): a few more than the cores keeps both busy. */
    private static final int SCENARIOS_AT_ONCE = 4;

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    private static ExecutorService executor;
    /** Each family of commands by the name its tests are reported under, in the order they are reported. */
    private static final Map<String, Scenario> scenarios = new LinkedHashMap<>();

    @BeforeAll
    static void startEveryScenario() {
        Assumptions.assumeTrue(KubectlRunner.available(), "the real kubectl is not installed here");
        executor = Executors.newFixedThreadPool(SCENARIOS_AT_ONCE);
        // started longest first, so that the short ones fill in around them
        start("apply, edit, patch, label, annotate, delete", ManifestCommandCases.files(), ManifestCommandCases.steps());
        start("get", Map.of(), GetCommandCases.steps());
        scenarios.put("auth can-i, auth whoami", startAuth());
        start("run, logs, exec", Map.of(), PodCommandCases.steps());
        start("create", Map.of(), CreateCommandCases.steps());
        start("describe", DescribeCommandCases.files(), DescribeCommandCases.steps());
        start("Unauthorized", UnauthorizedCases.files(), UnauthorizedCases.steps());
        start("version, api-resources", Map.of(), ClusterInfoCases.steps());
    }

    @AfterAll
    static void stopScenarios() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Namespace foo and a token of foo/robot, made over HTTP so that the steps can name the token. */
    private static Scenario startAuth() {
        SandboxCreated sandbox = lab.get().newSandbox();
        ApiClient api = lab.get().api(sandbox);
        api.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"foo\"}}");
        api.post("/api/v1/namespaces/foo/serviceaccounts", "{\"metadata\":{\"name\":\"robot\"}}");
        String token = api.post("/api/v1/namespaces/foo/serviceaccounts/robot/token", "{}").json()
                .path("status").path("token").asText();
        return Scenario.start(executor, new RealKubectl(lab.get(), sandbox), AuthCommandCases.steps(token));
    }

    /** A fresh sandbox with these files in kubectl's working directory (*.sh executable: editors), and its steps. */
    private static void start(String name, Map<String, String> files, KubectlStep... steps) {
        RealKubectl kubectl = new RealKubectl(lab.get(), lab.get().newSandbox());
        files.forEach((file, content) -> {
            Path path = kubectl.file(file, content);
            if (file.endsWith(".sh") && !path.toFile().setExecutable(true)) {
                throw new IllegalStateException("cannot make " + path + " executable");
            }
        });
        scenarios.put(name, Scenario.start(executor, kubectl, steps));
    }

    @TestFactory
    Stream<DynamicContainer> chapterCommands() {
        return scenarios.entrySet().stream().map(scenario -> dynamicContainer(scenario.getKey(), scenario.getValue().tests()));
    }
}
