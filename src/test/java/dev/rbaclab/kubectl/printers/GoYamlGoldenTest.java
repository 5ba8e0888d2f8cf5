package dev.rbaclab.kubectl.printers;

import dev.rbaclab.cluster.api.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A ConfigMap full of strings that need quoting, printed by the real kubectl v1.31/1.32 (same sigs.k8s.io/yaml). */
class GoYamlGoldenTest {

    @Test
    void theTrickyConfigMapPrintsAsKubectlPrintsIt() {
        var object = Json.parse(GoldenFiles.read("tricky-configmap.json"));
        assertThat(GoYaml.marshal(object)).isEqualTo(GoldenFiles.read("tricky-configmap.yaml"));
    }

    @Test
    void theTrickyConfigMapPrintsAsKubectlPrintsItInJson() {
        var object = Json.parse(GoldenFiles.read("tricky-configmap.json"));
        assertThat(GoJson.indented(object)).isEqualTo(GoldenFiles.read("tricky-configmap.json"));
    }

    /**
     * 150 strings and keys that need (or seem to need) quoting, block scalars, escapes: kubectl create configmap
     * --dry-run=client -o yaml|json printed them (generated once with the real kubectl v1.32.4).
     */
    @Test
    void scalarsQuoteAsGoYamlQuotesThem() {
        var object = Json.parse(GoldenFiles.read("scalars-configmap.json"));
        assertThat(GoYaml.marshal(object)).isEqualTo(GoldenFiles.read("scalars-configmap.yaml"));
    }

    @Test
    void scalarsEscapeAsEncodingJsonEscapesThem() {
        var object = Json.parse(GoldenFiles.read("scalars-configmap.json"));
        assertThat(GoJson.indentedInOrder(object, "    ") + "\n").isEqualTo(GoldenFiles.read("scalars-configmap.json"));
    }

    /** go-yaml folds long plain, single- and double-quoted strings at 80 columns; kubectl's output shows where. */
    @Test
    void longStringsFoldAsGoYamlFoldsThem() {
        var object = Json.parse(GoldenFiles.read("long-strings-configmap.json"));
        assertThat(GoYaml.marshal(object)).isEqualTo(GoldenFiles.read("long-strings-configmap.yaml"));
    }
}
