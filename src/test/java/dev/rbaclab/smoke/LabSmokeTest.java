package dev.rbaclab.smoke;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.TestLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabSmokeTest {

    static TestLab lab;

    @BeforeAll
    static void start() {
        lab = TestLab.start();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void aNewSandboxAnswersVersionAndListsTheKubeadmNamespaces() {
        SandboxCreated sandbox = lab.newSandbox();
        ApiClient api = lab.api(sandbox);
        assertThat(api.get("/version").json().path("gitVersion").asText()).isEqualTo("v1.32.4");
        assertThat(api.get("/api/v1/namespaces").json().path("items").findValuesAsText("name"))
                .containsExactly("default", "kube-node-lease", "kube-public", "kube-system");
    }
}
