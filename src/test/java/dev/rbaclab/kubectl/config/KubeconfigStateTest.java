package dev.rbaclab.kubectl.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The console's kubeconfig value. */
class KubeconfigStateTest {

    private static final String FILE = """
            apiVersion: v1
            kind: Config
            clusters:
            - name: lab
              cluster:
                server: https://127.0.0.1:8443/clusters/abc
                certificate-authority-data: Q0E=
            contexts:
            - name: kubernetes-admin@rbac-lab-abc
              context: {cluster: lab, user: admin}
            - name: alice
              context: {cluster: lab, user: alice, namespace: team}
            current-context: kubernetes-admin@rbac-lab-abc
            users:
            - name: admin
              user: {token: t-admin}
            - name: alice
              user: {token: t-alice}
            """;

    @Test
    void parsesAKubeconfigFile() {
        KubeconfigState state = KubeconfigState.parse(FILE);
        assertThat(state.currentContext()).isEqualTo("kubernetes-admin@rbac-lab-abc");
        assertThat(state.contexts()).extracting(KubeconfigState.Context::name)
                .containsExactly("alice", "kubernetes-admin@rbac-lab-abc");
        assertThat(state.context("alice").orElseThrow().namespace()).isEqualTo("team");
        assertThat(state.user("admin").orElseThrow().token()).isEqualTo("t-admin");
        assertThat(state.cluster("lab").orElseThrow().server()).endsWith("/clusters/abc");
    }

    @Test
    void changesMakeNewValues() {
        KubeconfigState state = KubeconfigState.parse(FILE);
        KubeconfigState next = state.withCurrentContext("alice").mapContext("alice", c -> c.withNamespace("other"));
        assertThat(state.currentContext()).isEqualTo("kubernetes-admin@rbac-lab-abc");
        assertThat(next.currentContext()).isEqualTo("alice");
        assertThat(next.context("alice").orElseThrow().namespace()).isEqualTo("other");
        assertThat(next.withoutContext("alice").contexts()).hasSize(1);
    }

    @Test
    void viewShortensSecretsUnlessRaw() {
        KubeconfigState state = KubeconfigState.parse(FILE);
        assertThat(state.toConfigJson(false).toString()).contains("\"token\":\"REDACTED\"", "DATA+OMITTED");
        assertThat(state.toConfigJson(true).toString()).contains("\"token\":\"t-admin\"", "Q0E=");
    }

    @Test
    void minifyKeepsTheCurrentContextOnly() {
        KubeconfigState mini = KubeconfigState.parse(FILE).withCurrentContext("alice").minified();
        assertThat(mini.contexts()).extracting(KubeconfigState.Context::name).isEqualTo(List.of("alice"));
        assertThat(mini.users()).extracting(KubeconfigState.User::name).isEqualTo(List.of("alice"));
        assertThatThrownBy(() -> KubeconfigState.parse(FILE).withCurrentContext("nope").minified())
                .hasMessage("cannot locate context nope");
    }
}
