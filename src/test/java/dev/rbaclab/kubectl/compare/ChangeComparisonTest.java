package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/** {@code kubectl patch}, {@code label} and {@code annotate}. */
class ChangeComparisonTest {

    static List<ComparisonCase> cases() {
        return List.of(
                named("patch strategic").setup("create sa foo")
                        .run("patch sa foo -p '{\"metadata\":{\"labels\":{\"a\":\"b\"}}}'",
                                "patch sa foo -p '{\"metadata\":{\"labels\":{\"a\":\"b\"}}}'",
                                "patch serviceaccount/foo -p '{\"automountServiceAccountToken\":false}' -o yaml").build(),
                named("patch merge and json").setup("create cm settings --from-literal=a=1")
                        .run("patch cm settings --type merge -p '{\"data\":{\"b\":\"2\"}}'",
                                "patch cm settings --type=json -p '[{\"op\":\"remove\",\"path\":\"/data/a\"}]'",
                                "patch cm settings --type=json -p '[{\"op\":\"remove\",\"path\":\"/data/zzz\"}]'",
                                "get cm settings -o yaml").build(),
                named("patch with YAML").setup("create sa foo")
                        .run("patch sa foo -p 'metadata:\n  annotations:\n    note: hello'", "get sa foo -o yaml").build(),
                named("patch role rules").setup("create role r --verb=get --resource=pods")
                        .run("patch role r --type=json -p '[{\"op\":\"add\",\"path\":\"/rules/0/verbs/-\",\"value\":\"list\"}]'",
                                "describe role r").build(),
                named("patch dry runs").setup("create sa foo")
                        .run("patch sa foo -p '{\"metadata\":{\"labels\":{\"a\":\"b\"}}}' --dry-run=server",
                                "patch sa foo -p '{\"metadata\":{\"labels\":{\"a\":\"b\"}}}' --dry-run=client -o yaml",
                                "get sa foo --show-labels").build(),
                named("patch errors").setup("create sa foo")
                        .run("patch sa foo", "patch sa nope -p '{}'", "patch sa foo -p '{}' --type=foo", "patch sa -p '{}'",
                                "patch -p '{}'", "patch sa foo -n nope -p '{}'",
                                "patch sa foo -p '{\"metadata\":{\"name\":\"bar\"}}'",
                                "patch sa foo --local -p '{}'", "patch sa foo --patch-file=missing.json").build(),
                named("patch from a file").file("patch.yaml", "metadata:\n  labels:\n    from: file\n").setup("create sa foo")
                        .run("patch sa foo --patch-file=patch.yaml", "get sa foo --show-labels").build(),
                named("patch denied").setup("create sa foo").run("--context alice patch sa foo -p '{}'").build(),
                named("label").setup("create sa foo")
                        .run("label sa foo app=web", "label sa foo app=web", "label sa foo app=api",
                                "label sa foo app=api --overwrite", "label sa foo app-", "label sa foo app-",
                                "get sa foo --show-labels").build(),
                named("label several objects").setup("create sa a", "create sa b")
                        .run("label sa a b team=x", "label sa --all tier=1", "label sa -l team=x team-",
                                "get sa --show-labels", "label sa a --list", "label sa --all --list").build(),
                named("label outputs").setup("create sa foo")
                        .run("label sa foo a=b -o name", "label sa foo c=d --dry-run=client", "label sa foo e=f --dry-run=server",
                                "label sa foo --list", "label sa foo --list -o yaml").build(),
                named("label errors").setup("create sa foo")
                        .run("label sa foo", "label sa", "label sa foo a=b=c", "label sa foo a=b a-", "label sa foo bad",
                                "label sa foo a=b sa", "label sa foo a=-x", "label sa nope a=b", "label sa foo Bad_/key=v",
                                "label sa a=b", "label sa --all -l a=b x=y").build(),
                named("label denied").setup("create sa foo").run("--context bob label sa foo a=b").build(),
                named("annotate").setup("create sa foo")
                        .run("annotate sa foo 'description=my service'", "annotate sa foo description=other",
                                "annotate sa foo description=other --overwrite", "annotate sa foo description-",
                                "annotate sa foo nothing-", "get sa foo -o yaml").build(),
                named("annotate outputs and errors").setup("create sa foo")
                        .run("annotate sa foo a=1 -o yaml", "annotate sa foo b=2 --dry-run=client -o name",
                                "annotate sa foo --list", "annotate sa foo", "annotate sa foo x", "annotate sa foo a=1 a-",
                                "annotate sa foo a=2 b=3", "annotate sa foo a=1", "annotate namespace default owner=team",
                                "annotate sa foo c=3 --dry-run=server").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
