package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/** {@code api-resources}, {@code api-versions}, {@code cluster-info} and {@code version}. */
class InfoComparisonTest {

    static List<ComparisonCase> cases() {
        return List.of(
                named("api-resources").run("api-resources").build(),
                named("api-resources filtered").run("api-resources --namespaced=true", "api-resources --namespaced=false",
                        "api-resources --api-group=rbac.authorization.k8s.io", "api-resources --api-group=",
                        "api-resources --verbs=list,watch --api-group=apps").build(),
                named("api-resources outputs").run("api-resources -o wide", "api-resources -o name",
                        "api-resources --no-headers --api-group=rbac.authorization.k8s.io", "api-resources -o yaml").build(),
                named("api-resources sorted").run("api-resources --sort-by=name", "api-resources --sort-by=kind",
                        "api-resources --sort-by=age", "api-resources extra").build(),
                named("api-resources as alice").run("--context alice api-resources --api-group=apps").build(),
                named("api-versions").run("api-versions", "api-versions extra").build(),
                named("cluster-info").run("cluster-info", "cluster-info -n default", "cluster-info extra").build(),
                named("cluster-info as alice").run("--context alice cluster-info").build(),
                named("version").run("version", "version --client", "version -o yaml", "version -o json",
                        "version --client -o json", "version -o foo", "version extra").build(),
                named("version as alice").run("--context alice version").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
