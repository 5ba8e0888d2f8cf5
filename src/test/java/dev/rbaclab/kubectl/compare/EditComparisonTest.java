package dev.rbaclab.kubectl.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.rbaclab.kubectl.compare.ComparisonCase.named;

/**
 * {@code kubectl edit}: the real kubectl runs a sed script as its editor; the console returns the buffer, the test
 * applies the same sed and saves it through {@code Kubectl.finishEdit}. Both must print the same and leave the
 * same object behind.
 */
class EditComparisonTest {

    static List<ComparisonCase> cases() {
        return List.of(
                named("edit a label").setup("create sa foo", "label sa foo app=web")
                        .runEditing("edit sa foo", "s/app: web/app: api/").run("get sa foo --show-labels").build(),
                named("edit adds a field").setup("create sa foo")
                        .runEditing("edit serviceaccount/foo", "s/^kind: ServiceAccount/automountServiceAccountToken: false\\nkind: ServiceAccount/")
                        .run("get sa foo -o yaml").build(),
                named("edit role rules").setup("create role r --verb=get --resource=pods")
                        .runEditing("edit role r", "s/- get/- get\\n  - list/").run("describe role r").build(),
                named("edit without changes").setup("create sa foo").runEditing("edit sa foo", "s/nothing-matches//").build(),
                named("edit to an empty file").setup("create sa foo").runEditing("edit sa foo", "d").build(),
                named("edit only a comment").setup("create sa foo").runEditing("edit sa foo", "1s/Please/Kindly/").build(),
                named("edit the name").setup("create sa foo").runEditing("edit sa foo", "s/name: foo/name: bar/").build(),
                named("edit errors").setup("create sa foo").run("edit", "edit sa nope").build(),
                named("edit an invalid value").setup("create sa foo")
                        .runEditing("edit sa foo", "s/^kind: ServiceAccount/automountServiceAccountToken: maybe\\nkind: ServiceAccount/").build(),
                named("edit denied").setup("create sa foo").runEditing("--context alice edit sa foo", "s/nothing//").build()
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheRealKubectlPrints(ComparisonCase c) {
        Twins.compare(c);
    }
}
