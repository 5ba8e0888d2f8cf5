package dev.rbaclab.cluster.authz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Decision;
import dev.rbaclab.cluster.api.ResourceCatalog;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.bootstrap.DefaultClusterState;
import dev.rbaclab.cluster.store.DefaultObjects;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.explain.Explanation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The request shapes of kubernetes/kubernetes {@code plugin/pkg/auth/authorizer/rbac/rbac_test.go},
 * {@code BenchmarkAuthorize} (v1.31+ version), as plain cases: the RBAC authorizer alone over the whole bootstrap
 * policy (ClusterRoles + ControllerRoles, ClusterRoleBindings + ControllerRoleBindings), asked by the node user
 * {@code system:node:node1} in {@code system:nodes, system:authenticated}.
 *
 * <p>The benchmark asserts nothing; its names ("allow list pods", "allow update pods/status") date from releases in
 * which the {@code system:node} ClusterRoleBinding still bound the {@code system:nodes} group. Since v1.8 that binding
 * has no subjects (nodes are authorized by the Node authorizer), so RBAC alone has no opinion on any of the three
 * shapes in v1.32 — which is what a real cluster's RBAC authorizer answers and what is asserted here.
 */
class BenchmarkRequestShapesTest {

    private static final UserInfo NODE_USER = UserInfo.of("system:node:node1", "system:nodes", "system:authenticated");

    private static RbacAuthorizer authorizer;

    @BeforeAll
    static void loadBootstrapPolicy() {
        DefaultObjects defaults = new DefaultClusterState(ResourceCatalog.load()).build("test-ca");
        RbacPolicy policy = RbacPolicy.load(new DefaultsReader(defaults));
        authorizer = new RbacAuthorizer(() -> policy);
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                arguments("allow list pods",
                        new Attributes(NODE_USER, "list", "", "", "v1", "pods", "", "", true, "")),
                arguments("allow update pods/status",
                        new Attributes(NODE_USER, "update", "myns", "", "v1", "pods", "status", "mypods", true, "")),
                arguments("forbid educate dolphins",
                        new Attributes(NODE_USER, "educate", "", "", "v1", "dolphins", "", "", true, "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void rbacAloneHasNoOpinionOnNodeRequests(String name, Attributes request) {
        AuthorizationResult result = authorizer.authorize(request, Explanation.discard());

        assertThat(result.decision()).isEqualTo(Decision.NO_OPINION);
        // every role a node's groups are bound to exists, so there is no resolution error to report
        assertThat(result.reason()).isEmpty();
    }

    /** The shared defaults, read as a sandbox that has changed nothing would read them. */
    private record DefaultsReader(DefaultObjects defaults) implements ObjectReader {
        @Override
        public Optional<ObjectNode> get(ObjectKey key) {
            return Optional.ofNullable(defaults.materialize(key, "benchmark", Instant.EPOCH));
        }

        @Override
        public List<ObjectNode> list(String group, String resource, String namespace) {
            return defaults.list(group, resource, namespace, "benchmark", Instant.EPOCH);
        }

        @Override
        public List<ObjectKey> keysInNamespace(String namespace) {
            return defaults.keysInNamespace(namespace);
        }

        @Override
        public long resourceVersion() {
            return defaults.maxResourceVersion();
        }
    }
}
