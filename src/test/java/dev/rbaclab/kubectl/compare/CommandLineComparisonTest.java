package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/** Command-line handling across commands: flag syntax, unknown flags and commands, global flags. */
class CommandLineComparisonTest {

    static List<ComparisonCase> cases() {
        return List.of(
                named("unknown flags of other commands").run("describe sa default --foo", "create sa x --bogus",
                        "delete sa x --foo=bar", "auth can-i get pods --foo", "config view --foo", "logs web --foo").build(),
                named("mistyped commands").run("descibe sa", "delet sa x", "aply -f x.yaml", "confg view").build(),
                named("unknown subcommands").run("create frob x", "create secret frob x", "config frob", "auth frob").build(),
                named("flag value syntax").run("get sa -oyaml", "get sa --output=name", "get sa --output name",
                        "get sa -n=kube-system", "get sa --namespace kube-system -o=name").build(),
                named("bad flag values").run("get sa --chunk-size=abc", "logs web --tail=x", "delete sa x --grace-period=abc",
                        "get sa --show-labels=maybe", "run x --image=nginx --dry-run=maybe").build(),
                named("global flags in odd places").run("get --namespace=kube-system sa", "-n kube-system get sa",
                        "get sa -A -n kube-system", "--context=alice --namespace=default get sa").build(),
                named("a missing context").run("--context nope get sa", "--user nope get sa", "--cluster nope get sa").build(),
                named("an empty namespace").run("get sa -n ''", "get sa --namespace=").build(),
                named("flags after a double dash").run("get -- sa", "get sa -- -n").build(),
                named("short flags combined").run("get sa -Ao name", "get sa -A -oname").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
