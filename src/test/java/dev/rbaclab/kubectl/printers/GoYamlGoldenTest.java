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
}
