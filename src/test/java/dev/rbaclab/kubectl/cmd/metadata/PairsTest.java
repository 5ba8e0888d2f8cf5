package dev.rbaclab.kubectl.cmd.metadata;

import dev.rbaclab.kubectl.errors.KubectlError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arguments of kubectl label and annotate. */
class PairsTest {

    @Test
    void resourcesComeBeforePairs() {
        Pairs pairs = Pairs.split(List.of("sa", "foo", "app=web", "tier-"), "label");
        assertThat(pairs.resources()).containsExactly("sa", "foo");
        assertThat(pairs.added()).isEqualTo(Map.of("app", "web"));
        assertThat(pairs.removed()).containsExactly("tier");
    }

    @Test
    void aResourceAfterAPairIsAnError() {
        assertThatThrownBy(() -> Pairs.split(List.of("sa", "a=b", "foo"), "label")).isInstanceOf(KubectlError.class)
                .hasMessage("all resources must be specified before label changes: foo");
    }

    @Test
    void labelsAreCheckedAnnotationsAreNot() {
        assertThatThrownBy(() -> Pairs.split(List.of("sa", "x", "a=b=c"), "label")).hasMessage("invalid label spec: a=b=c");
        assertThat(Pairs.split(List.of("sa", "x", "a=b=c"), "annotation").added()).isEqualTo(Map.of("a", "b=c"));
        assertThatThrownBy(() -> Pairs.split(List.of("sa", "x", "a=-x"), "label"))
                .hasMessageStartingWith("invalid label value: \"a=-x\": a valid label must be an empty string");
        assertThatThrownBy(() -> Pairs.split(List.of("sa", "x", "a=1", "a-"), "label"))
                .hasMessage("can not both modify and remove a label in the same command");
    }

    @Test
    void aLoneDashIsAResource() {
        assertThat(Pairs.split(List.of("sa", "-", "a=b"), "annotation").resources()).containsExactly("sa", "-");
    }
}
