package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/** {@code kubectl get}: tables, output formats and errors, the console against the real kubectl. */
class GetComparisonTest {

    static List<ComparisonCase> cases() {
        return List.of(
                ComparisonCase.named("get namespaces").run("get ns").build(),
                ComparisonCase.named("get serviceaccounts in the context namespace").run("get sa").build(),
                ComparisonCase.named("get serviceaccounts in all namespaces").run("get sa -A").build(),
                ComparisonCase.named("get one serviceaccount as yaml").run("get sa default -o yaml").build(),
                ComparisonCase.named("get one serviceaccount as json").run("get sa default -o json").build(),
                ComparisonCase.named("get serviceaccounts as a yaml list").run("get sa -o yaml").build(),
                ComparisonCase.named("get two kinds").run("get sa,ns").build(),
                ComparisonCase.named("get a missing serviceaccount").run("get sa nope").build(),
                ComparisonCase.named("get in a missing namespace").run("get sa nope -n nope").build(),
                ComparisonCase.named("get an unknown resource type").run("get foos").build(),
                ComparisonCase.named("get without a resource").run("get").build(),
                ComparisonCase.named("unknown flag").run("get pods --all-namespace").build(),
                ComparisonCase.named("unknown command").run("frobnicate").build(),
                ComparisonCase.named("mistyped command").run("gett pods").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
