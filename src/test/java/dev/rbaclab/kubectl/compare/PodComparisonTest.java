package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/**
 * {@code kubectl logs} and {@code kubectl exec}: the argument checks, the pod and container choice, and the
 * server's answer to the log and exec requests (the console's exec runs in the lab's simulated pods).
 */
class PodComparisonTest {

    private static final String TWO = Fixtures.read("two-containers.yaml");

    static List<ComparisonCase> cases() {
        return List.of(
                named("logs").setup("run web --image=nginx").run("logs web", "logs pod/web", "logs web -c web",
                        "logs web --tail=5 --timestamps").build(),
                named("logs container choice").file("two.yaml", TWO).setup("create -f two.yaml")
                        .run("logs two", "logs two side", "logs two -c nope", "logs two side -c main", "logs two --all-containers").build(),
                named("logs errors").setup("run web --image=nginx")
                        .run("logs", "logs a b c", "logs nope", "logs -n nope web", "logs sa/default", "logs deploy/nope").build(),
                named("logs denied").setup("run web --image=nginx").run("--context alice logs web").build(),
                named("exec").setup("run web --image=nginx").run("exec web -- ls", "exec pod/web -- ls -l /").build(),
                named("exec container choice").file("two.yaml", TWO).setup("create -f two.yaml")
                        .run("exec two -- ls", "exec two -c nope -- ls", "exec two -q -- ls", "exec two -it -- sh").build(),
                named("exec errors").setup("run web --image=nginx")
                        .run("exec web ls", "exec web", "exec", "exec -- ls", "exec nope -- ls", "exec -n nope web -- ls",
                                "exec sa/default -- ls").build(),
                named("exec denied").setup("run web --image=nginx").run("--context bob exec web -- ls").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
