package dev.rbaclab.cluster.bootstrap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.store.DefaultObjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kube-controller-manager's part of the bootstrap policy (bootstrap-policy/controller-roles.yaml and
 * controller-role-bindings.yaml, see PROVENANCE.md there): one {@code system:controller:<name>} ClusterRole and
 * ClusterRoleBinding per controller, bound to the ServiceAccount {@code kube-system/<name>}
 * (controller_policy.go {@code addControllerRole}).
 */
class ControllerPolicyTest {

    private static final String RBAC = "rbac.authorization.k8s.io";

    /** The controllers of a default-gates v1.32 build, in the fixture's (name) order. */
    private static final List<String> CONTROLLERS = List.of(
            "attachdetach-controller", "certificate-controller", "clusterrole-aggregation-controller",
            "cronjob-controller", "daemon-set-controller", "deployment-controller", "disruption-controller",
            "endpoint-controller", "endpointslice-controller", "endpointslicemirroring-controller",
            "ephemeral-volume-controller", "expand-controller", "generic-garbage-collector",
            "horizontal-pod-autoscaler", "job-controller", "legacy-service-account-token-cleaner",
            "namespace-controller", "node-controller", "persistent-volume-binder", "pod-garbage-collector",
            "pv-protection-controller", "pvc-protection-controller", "replicaset-controller",
            "replication-controller", "resourcequota-controller", "root-ca-cert-publisher", "route-controller",
            "service-account-controller", "service-controller", "statefulset-controller",
            "ttl-after-finished-controller", "ttl-controller", "validatingadmissionpolicy-status-controller");

    private static DefaultObjects defaults;

    @BeforeAll
    static void build() {
        defaults = new DefaultClusterState(ResourceCatalog.load()).build("test-ca");
    }

    @Test
    void everyControllerHasItsClusterRole() {
        assertThat(controllerNames("clusterroles")).containsExactlyInAnyOrderElementsOf(CONTROLLERS);
    }

    @Test
    void everyControllerHasItsClusterRoleBindingToItsOwnRole() {
        assertThat(controllerNames("clusterrolebindings")).containsExactlyInAnyOrderElementsOf(CONTROLLERS);
        for (ObjectNode binding : list("clusterrolebindings", "")) {
            String name = Meta.name(binding);
            if (!name.startsWith("system:controller:")) {
                continue;
            }
            assertThat(binding.path("roleRef").path("kind").asText()).isEqualTo("ClusterRole");
            assertThat(binding.path("roleRef").path("name").asText()).as(name).isEqualTo(name);
            assertThat(binding.path("subjects")).hasSize(1);
            assertThat(binding.path("subjects").get(0).path("kind").asText()).isEqualTo("ServiceAccount");
            assertThat(binding.path("subjects").get(0).path("namespace").asText()).isEqualTo("kube-system");
            assertThat(binding.path("subjects").get(0).path("name").asText())
                    .isEqualTo(name.substring("system:controller:".length()));
        }
    }

    /**
     * A kubeadm v1.32 control plane runs no cloud-provider controllers, so the route and service controllers
     * never get their ServiceAccounts — but their roles and bindings are bootstrap policy all the same. (Outside
     * the controller policy, {@code system:kube-dns} likewise names a {@code kube-dns} ServiceAccount that a kubeadm
     * cluster does not have: CoreDNS runs as {@code coredns}.)
     */
    @Test
    void everyControllerServiceAccountExistsExceptThoseOfTheCloudControllers() {
        Set<String> serviceAccounts = new TreeSet<>();
        list("serviceaccounts", "kube-system").forEach(sa -> serviceAccounts.add(Meta.name(sa)));
        Set<String> missing = new TreeSet<>();
        for (ObjectNode binding : list("clusterrolebindings", "")) {
            if (!Meta.name(binding).startsWith("system:controller:")) {
                continue;
            }
            binding.path("subjects").forEach(subject -> {
                if (subject.path("kind").asText().equals("ServiceAccount")
                        && subject.path("namespace").asText().equals("kube-system")
                        && !serviceAccounts.contains(subject.path("name").asText())) {
                    missing.add(subject.path("name").asText());
                }
            });
        }
        assertThat(missing).containsExactly("route-controller", "service-controller");
    }

    @Test
    void controllerObjectsCarryTheBootstrapLabelAndAutoupdateAnnotation() {
        for (String resource : List.of("clusterroles", "clusterrolebindings")) {
            for (ObjectNode object : list(resource, "")) {
                if (!Meta.name(object).startsWith("system:controller:")) {
                    continue;
                }
                assertThat(object.path("metadata").path("labels").path("kubernetes.io/bootstrapping").asText())
                        .isEqualTo("rbac-defaults");
                assertThat(object.path("metadata").path("annotations")
                        .path("rbac.authorization.kubernetes.io/autoupdate").asText()).isEqualTo("true");
            }
        }
    }

    @Test
    void theResourceClaimControllerOfTheDraGateIsNotPartOfTheDefaults() {
        assertThat(controllerNames("clusterroles")).doesNotContain("resource-claim-controller");
    }

    private static List<String> controllerNames(String resource) {
        return list(resource, "").stream().map(Meta::name)
                .filter(n -> n.startsWith("system:controller:"))
                .map(n -> n.substring("system:controller:".length()))
                // namespace-policy roles (bootstrap-signer, token-cleaner, cloud-provider) are Roles, not here
                .toList();
    }

    private static List<ObjectNode> list(String resource, String namespace) {
        String group = resource.equals("serviceaccounts") ? "" : RBAC;
        return defaults.list(group, resource, namespace, "controller-policy-test", Instant.EPOCH);
    }
}
