package dev.rbaclab.cluster.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Attributes;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.rbac.PolicyRule;
import dev.rbaclab.cluster.rbac.RuleMatch;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.store.StaticToken;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.TestLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What the default RBAC policy of a v1.32 cluster lets users do, through the real pipeline: HTTPS, the sandbox's
 * admin token (system:masters) to set up bindings, the static users alice (group developers) and bob (group qa), a
 * fresh ServiceAccount's token, and no token at all. Sources: plugin/pkg/auth/authorizer/rbac/bootstrappolicy
 * policy.go and its testdata (bootstrap-policy/), k8s-semantics.md §5, §6.3 and §10.
 */
class BootstrapPolicyFactsTest {

    private static final String RBAC = "/apis/rbac.authorization.k8s.io/v1";

    private static TestLab lab;
    private static ApiClient admin;
    private static ApiClient alice;
    private static ApiClient bob;
    private static ApiClient anonymous;
    private static ApiClient robot;

    @BeforeAll
    static void start() {
        lab = TestLab.start();
        SandboxCreated sandbox = lab.newSandbox();
        admin = lab.api(sandbox);
        anonymous = admin.withToken(null);
        for (StaticToken user : lab.lab().sandboxes().users(sandbox.id())) {
            if (user.user().equals("alice")) {
                alice = admin.withToken(user.token());
            } else if (user.user().equals("bob")) {
                bob = admin.withToken(user.token());
            }
        }
        assertThat(admin.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"dev\"}}").code()).isEqualTo(201);
        assertThat(admin.post("/api/v1/namespaces/dev/serviceaccounts", "{\"metadata\":{\"name\":\"robot\"}}").code())
                .isEqualTo(201);
        ApiClient.Response token = admin.post("/api/v1/namespaces/dev/serviceaccounts/robot/token",
                "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenRequest\",\"spec\":{}}");
        assertThat(token.code()).as(token.body()).isEqualTo(201);
        robot = admin.withToken(token.json().path("status").path("token").asText());
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    static Stream<Arguments> discoveryPaths() {
        return Stream.of("/version", "/api", "/apis", "/healthz").flatMap(path -> Stream.of(
                arguments("alice GET " + path, "alice", path),
                arguments("bob GET " + path, "bob", path),
                arguments("a new ServiceAccount GET " + path, "robot", path)));
    }

    /** system:discovery and system:public-info-viewer are bound to system:authenticated. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("discoveryPaths")
    void everyAuthenticatedUserMayDiscoverTheApi(String name, String who, String path) {
        ApiClient client = switch (who) {
            case "alice" -> alice;
            case "bob" -> bob;
            default -> robot;
        };
        assertThat(client.get(path).code()).as(path).isEqualTo(200);
    }

    /** system:public-info-viewer is also bound to system:unauthenticated; system:discovery is not (since v1.14). */
    @Test
    void anonymousMayReadHealthAndVersionButNotDiscovery() {
        assertThat(anonymous.get("/healthz").code()).isEqualTo(200);
        assertThat(anonymous.get("/version").code()).isEqualTo(200);

        ApiClient.Response api = anonymous.get("/api");

        assertThat(api.code()).isEqualTo(403);
        assertThat(api.body().strip()).isEqualTo("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"forbidden: User \\\"system:anonymous\\\" cannot get path \\\"/api\\\"\",\"reason\":\"Forbidden\","
                + "\"details\":{},\"code\":403}");
    }

    @Test
    void viewCannotReadSecrets() {
        bind("dev", "alice-view", "view", "alice");

        assertThat(alice.get("/api/v1/namespaces/dev/pods").code()).isEqualTo(200);
        ApiClient.Response secrets = alice.get("/api/v1/namespaces/dev/secrets");
        assertThat(secrets.code()).isEqualTo(403);
        assertThat(secrets.json().path("message").asText()).isEqualTo("secrets is forbidden: User \"alice\" cannot list "
                + "resource \"secrets\" in API group \"\" in the namespace \"dev\"");
    }

    @Test
    void editCannotCreateRoleBindings() {
        bind("dev", "bob-edit", "edit", "bob");

        assertThat(bob.get("/api/v1/namespaces/dev/secrets").code()).isEqualTo(200);
        ApiClient.Response create = bob.post(RBAC + "/namespaces/dev/rolebindings", roleBinding("sneaky", "view", "bob"));
        assertThat(create.code()).isEqualTo(403);
        assertThat(create.json().path("message").asText()).isEqualTo("rolebindings.rbac.authorization.k8s.io is forbidden: "
                + "User \"bob\" cannot create resource \"rolebindings\" in API group \"rbac.authorization.k8s.io\" in the "
                + "namespace \"dev\"");
    }

    @Test
    void adminMayBindWhatItHoldsButNotClusterAdmin() {
        assertThat(admin.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"team\"}}").code()).isEqualTo(201);
        bind("team", "alice-admin", "admin", "alice");

        assertThat(alice.post(RBAC + "/namespaces/team/rolebindings", roleBinding("bob-edit", "edit", "bob")).code())
                .isEqualTo(201);
        ApiClient.Response escalation = alice.post(RBAC + "/namespaces/team/rolebindings",
                roleBinding("bob-root", "cluster-admin", "bob"));

        assertThat(escalation.code()).isEqualTo(403);
        assertThat(escalation.json().path("reason").asText()).isEqualTo("Forbidden");
        assertThat(escalation.json().path("message").asText()).isEqualTo("rolebindings.rbac.authorization.k8s.io "
                + "\"bob-root\" is forbidden: user \"alice\" (groups=[\"developers\" \"system:authenticated\"]) is attempting "
                + "to grant RBAC permissions not currently held:\n"
                + "{APIGroups:[\"*\"], Resources:[\"*\"], Verbs:[\"*\"]}\n"
                + "{NonResourceURLs:[\"*\"], Verbs:[\"*\"]}");
        JsonNode details = escalation.json().path("details");
        assertThat(details.path("name").asText()).isEqualTo("bob-root");
        assertThat(details.path("group").asText()).isEqualTo("rbac.authorization.k8s.io");
        assertThat(details.path("kind").asText()).isEqualTo("rolebindings");
    }

    /**
     * A new ServiceAccount holds exactly the rules of system:basic-user, system:discovery, system:public-info-viewer
     * (all three bound to system:authenticated) and system:service-account-issuer-discovery (system:serviceaccounts).
     */
    @Test
    void aNewServiceAccountHoldsOnlyDiscoveryBasicUserAndIssuerDiscovery() {
        ApiClient.Response review = robot.post("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
                "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectRulesReview\",\"spec\":{\"namespace\":\"dev\"}}");
        assertThat(review.code()).as(review.body()).isEqualTo(201);
        JsonNode status = review.json().path("status");

        List<String> resourceRules = new ArrayList<>();
        status.path("resourceRules").forEach(r -> resourceRules.add(r.toString()));
        assertThat(resourceRules).containsExactlyInAnyOrder(
                "{\"verbs\":[\"create\"],\"apiGroups\":[\"authorization.k8s.io\"],\"resources\":[\"selfsubjectaccessreviews\",\"selfsubjectrulesreviews\"]}",
                "{\"verbs\":[\"create\"],\"apiGroups\":[\"authentication.k8s.io\"],\"resources\":[\"selfsubjectreviews\"]}");
        List<String> urls = new ArrayList<>();
        status.path("nonResourceRules").forEach(r -> {
            assertThat(r.path("verbs").toString()).isEqualTo("[\"get\"]");
            r.path("nonResourceURLs").forEach(u -> urls.add(u.asText()));
        });
        assertThat(urls).containsExactlyInAnyOrder(
                // system:discovery
                "/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz",
                "/version", "/version/",
                // system:public-info-viewer
                "/healthz", "/livez", "/readyz", "/version", "/version/",
                // system:service-account-issuer-discovery
                "/.well-known/openid-configuration", "/openid/v1/jwks");
        assertThat(status.path("incomplete").asBoolean()).isFalse();

        ApiClient.Response pods = robot.get("/api/v1/namespaces/dev/pods");
        assertThat(pods.code()).isEqualTo(403);
        assertThat(pods.json().path("message").asText()).isEqualTo("pods is forbidden: User "
                + "\"system:serviceaccount:dev:robot\" cannot list resource \"pods\" in API group \"\" in the namespace \"dev\"");
        assertThat(robot.get("/.well-known/openid-configuration").code()).isEqualTo(200);
    }

    static Stream<Arguments> aggregatedRoleFacts() {
        return Stream.of(
                // view: read-only, no secrets, no exec-like subresources, no tokens, no RBAC objects
                fact("view", "list", "", "pods", "", true),
                fact("view", "get", "", "pods", "log", true),
                fact("view", "get", "", "pods", "status", true),
                fact("view", "get", "apps", "deployments", "scale", true),
                fact("view", "get", "apps", "replicasets", "scale", true),
                fact("view", "get", "apps", "statefulsets", "scale", true),
                fact("view", "get", "", "replicationcontrollers", "scale", true),
                fact("view", "list", "", "events", "", true),
                fact("view", "list", "events.k8s.io", "events", "", false),
                fact("view", "get", "", "namespaces", "", true),
                fact("view", "list", "", "endpoints", "", true),
                fact("view", "list", "discovery.k8s.io", "endpointslices", "", true),
                fact("view", "get", "", "secrets", "", false),
                fact("view", "list", "", "secrets", "", false),
                fact("view", "create", "", "pods", "exec", false),
                fact("view", "get", "", "pods", "exec", false),
                fact("view", "create", "", "pods", "attach", false),
                fact("view", "create", "", "pods", "portforward", false),
                fact("view", "get", "", "pods", "proxy", false),
                fact("view", "create", "", "serviceaccounts", "token", false),
                fact("view", "list", "rbac.authorization.k8s.io", "roles", "", false),
                fact("view", "list", "rbac.authorization.k8s.io", "rolebindings", "", false),
                fact("view", "update", "", "pods", "", false),
                // edit: view plus writes, secrets, exec and friends, tokens; still no RBAC objects
                fact("edit", "get", "", "secrets", "", true),
                fact("edit", "create", "", "secrets", "", true),
                fact("edit", "delete", "", "secrets", "", true),
                fact("edit", "create", "", "pods", "exec", true),
                fact("edit", "get", "", "pods", "exec", true),
                fact("edit", "create", "", "pods", "attach", true),
                fact("edit", "create", "", "pods", "portforward", true),
                fact("edit", "get", "", "pods", "proxy", true),
                fact("edit", "impersonate", "", "serviceaccounts", "", true),
                fact("edit", "create", "", "serviceaccounts", "token", true),
                fact("edit", "update", "coordination.k8s.io", "leases", "", true),
                fact("edit", "create", "", "events", "", true),
                fact("edit", "create", "apps", "deployments", "", true),
                fact("edit", "patch", "", "configmaps", "", true),
                fact("edit", "get", "", "pods", "log", true),
                fact("edit", "create", "rbac.authorization.k8s.io", "rolebindings", "", false),
                fact("edit", "list", "rbac.authorization.k8s.io", "roles", "", false),
                fact("edit", "create", "authorization.k8s.io", "localsubjectaccessreviews", "", false),
                fact("edit", "get", "", "resourcequotas", "", true),
                fact("edit", "update", "", "resourcequotas", "", false),
                fact("edit", "update", "", "limitranges", "", false),
                fact("edit", "list", "", "endpoints", "", true),
                fact("edit", "create", "", "endpoints", "", false),
                fact("edit", "update", "", "namespaces", "", false),
                // admin: edit plus Roles, RoleBindings and local access reviews; never bind or escalate
                fact("admin", "create", "rbac.authorization.k8s.io", "roles", "", true),
                fact("admin", "update", "rbac.authorization.k8s.io", "roles", "", true),
                fact("admin", "delete", "rbac.authorization.k8s.io", "rolebindings", "", true),
                fact("admin", "create", "rbac.authorization.k8s.io", "rolebindings", "", true),
                fact("admin", "create", "authorization.k8s.io", "localsubjectaccessreviews", "", true),
                fact("admin", "get", "", "secrets", "", true),
                fact("admin", "bind", "rbac.authorization.k8s.io", "clusterroles", "", false),
                fact("admin", "escalate", "rbac.authorization.k8s.io", "roles", "", false),
                fact("admin", "update", "", "resourcequotas", "", false),
                fact("admin", "delete", "", "namespaces", "", false));
    }

    /** The aggregated roles as the API serves them (rules filled in by the aggregation controller). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("aggregatedRoleFacts")
    void aggregatedRolesGrantWhatTheBootstrapPolicySays(String name, String role, Attributes request, boolean allowed) {
        JsonNode clusterRole = admin.get(RBAC + "/clusterroles/" + role).json();
        List<PolicyRule> rules = new ArrayList<>();
        clusterRole.path("rules").forEach(r -> rules.add(PolicyRule.fromJson(r)));

        assertThat(rules.stream().anyMatch(rule -> RuleMatch.allows(request, rule))).isEqualTo(allowed);
    }

    @Test
    void theBuildingBlocksAreLabelledForAggregation() {
        for (String target : List.of("admin", "edit", "view")) {
            JsonNode block = admin.get(RBAC + "/clusterroles/system:aggregate-to-" + target).json();
            assertThat(block.path("metadata").path("labels").path("rbac.authorization.k8s.io/aggregate-to-" + target)
                    .asText()).isEqualTo("true");
        }
        // view feeds edit, edit feeds admin
        assertThat(admin.get(RBAC + "/clusterroles/view").json().path("metadata").path("labels")
                .path("rbac.authorization.k8s.io/aggregate-to-edit").asText()).isEqualTo("true");
        assertThat(admin.get(RBAC + "/clusterroles/edit").json().path("metadata").path("labels")
                .path("rbac.authorization.k8s.io/aggregate-to-admin").asText()).isEqualTo("true");
    }

    private static Arguments fact(String role, String verb, String group, String resource, String subresource,
                                  boolean allowed) {
        String what = verb + " " + (group.isEmpty() ? "" : group + "/") + resource
                + (subresource.isEmpty() ? "" : "/" + subresource);
        Attributes request = new Attributes(UserInfo.of("someone"), verb, "dev", group, "v1", resource, subresource,
                "", true, "");
        return arguments(role + (allowed ? " may " : " may not ") + what, role, request, allowed);
    }

    private static void bind(String namespace, String name, String clusterRole, String user) {
        ApiClient.Response response = admin.post(RBAC + "/namespaces/" + namespace + "/rolebindings",
                roleBinding(name, clusterRole, user));
        assertThat(response.code()).as(response.body()).isEqualTo(201);
    }

    private static String roleBinding(String name, String clusterRole, String user) {
        return "{\"apiVersion\":\"rbac.authorization.k8s.io/v1\",\"kind\":\"RoleBinding\",\"metadata\":{\"name\":\"" + name
                + "\"},\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\""
                + clusterRole + "\"},\"subjects\":[{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"User\",\"name\":\""
                + user + "\"}]}";
    }
}
