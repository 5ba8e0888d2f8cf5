package dev.rbaclab.bench;

import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.AuthorizationResult;
import dev.rbaclab.cluster.api.Authorizer;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.authz.PrivilegedGroupAuthorizer;
import dev.rbaclab.cluster.authz.RbacAuthorizer;
import dev.rbaclab.cluster.authz.RbacPolicy;
import dev.rbaclab.cluster.authz.UnionAuthorizer;
import dev.rbaclab.explain.Explanation;
import io.javalin.Javalin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Authorization decisions over the full default policy plus 50 learner Roles and RoleBindings — allow, worst-case
 * deny, and Kubernetes' own BenchmarkAuthorize request shapes (rbac_test.go) — beside a bare HTTP route.
 */
@State(Scope.Benchmark)
public class AuthorizerBenchmark {

    private Authorizer authorizer;
    private Javalin bareServer;
    private HttpClient http;
    private HttpRequest bareRequest;

    private final UserInfo serviceAccount = new UserInfo("system:serviceaccount:team-37:app", "", List.of(
            "system:serviceaccounts", "system:serviceaccounts:team-37", "system:authenticated"), Map.of());
    /** In many groups, each bound somewhere: the deny has to visit every binding before saying no. */
    private final UserInfo busyUser = new UserInfo("carol", "", List.of("developers", "qa", "ops", "system:serviceaccounts",
            "system:authenticated"), Map.of());
    private final UserInfo nodeUser = new UserInfo("system:node:node1", "", List.of("system:nodes", "system:authenticated"), Map.of());

    private Attributes allowSaListPods;
    private Attributes allowViaGroup;
    private Attributes denyWorstCase;
    private Attributes k8sAllowListPods;
    private Attributes k8sAllowUpdatePodStatus;
    private Attributes k8sForbidEducateDolphins;

    @Setup(Level.Trial)
    public void setUp() {
        RbacPolicy policy = BenchPolicy.build();
        authorizer = new UnionAuthorizer(List.of(new PrivilegedGroupAuthorizer(), new RbacAuthorizer(() -> policy)));
        allowSaListPods = Attributes.resource(serviceAccount, "list", "team-37", "", "pods", "", "");
        allowViaGroup = Attributes.resource(busyUser, "get", "team-12", "apps", "deployments", "", "web");
        denyWorstCase = Attributes.resource(busyUser, "delete", "team-49", "", "secrets", "", "db-pass");
        k8sAllowListPods = Attributes.resource(nodeUser, "list", "", "", "pods", "", "");
        k8sAllowUpdatePodStatus = Attributes.resource(nodeUser, "update", "myns", "", "pods", "status", "mypods");
        k8sForbidEducateDolphins = Attributes.resource(nodeUser, "educate", "", "", "dolphins", "", "");
        bareServer = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.port = 0;
            config.routes.get("/bare", ctx -> ctx.result("ok"));
        }).start();
        http = HttpClient.newHttpClient();
        bareRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bareServer.port() + "/bare")).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bareServer.stop();
    }

    @Benchmark
    public AuthorizationResult allowServiceAccountListPodsViaRoleBinding() {
        return authorizer.authorize(allowSaListPods, Explanation.discard());
    }

    @Benchmark
    public AuthorizationResult allowViaGroupSubject() {
        return authorizer.authorize(allowViaGroup, Explanation.discard());
    }

    @Benchmark
    public AuthorizationResult denyWorstCase() {
        return authorizer.authorize(denyWorstCase, Explanation.discard());
    }

    @Benchmark
    public AuthorizationResult denyWorstCaseWithExplanation() {
        return authorizer.authorize(denyWorstCase, new Explanation());
    }

    @Benchmark
    public AuthorizationResult k8sAllowListPods() {
        return authorizer.authorize(k8sAllowListPods, Explanation.discard());
    }

    @Benchmark
    public AuthorizationResult k8sAllowUpdatePodStatus() {
        return authorizer.authorize(k8sAllowUpdatePodStatus, Explanation.discard());
    }

    @Benchmark
    public AuthorizationResult k8sForbidEducateDolphins() {
        return authorizer.authorize(k8sForbidEducateDolphins, Explanation.discard());
    }

    @Benchmark
    public int baselineBareHttpRoute() throws Exception {
        return http.send(bareRequest, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
