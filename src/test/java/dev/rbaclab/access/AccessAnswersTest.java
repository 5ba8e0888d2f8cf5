package dev.rbaclab.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix, who-can and the API server agree: for many subjects — the default policy's users, groups and controller
 * ServiceAccounts, the static users, and ServiceAccounts a learner bound — every matrix cell equals what who-can
 * (computed from the bindings, not the authorizer) says about that subject, and a sample of cells equals the
 * SubjectAccessReview answer of the real API.
 */
class AccessAnswersTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    static Sandbox sandbox;
    static ApiClient admin;
    static AccessService access;

    @BeforeAll
    static void aSandboxWithTheBooksBindings() {
        SandboxCreated created = lab.get().newSandbox();
        admin = lab.get().api(created);
        sandbox = lab.get().lab().sandboxes().find(created.id()).orElseThrow();
        access = lab.get().lab().access();
        create("/api/v1/namespaces", "{\"metadata\":{\"name\":\"foo\"}}");
        create("/apis/rbac.authorization.k8s.io/v1/namespaces/foo/roles", "{\"metadata\":{\"name\":\"service-reader\"},"
                + "\"rules\":[{\"apiGroups\":[\"\"],\"verbs\":[\"get\",\"list\"],\"resources\":[\"services\"]}]}");
        create("/apis/rbac.authorization.k8s.io/v1/namespaces/foo/rolebindings", "{\"metadata\":{\"name\":\"test\"},"
                + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Role\",\"name\":\"service-reader\"},"
                + "\"subjects\":[{\"kind\":\"ServiceAccount\",\"name\":\"default\",\"namespace\":\"foo\"}]}");
        create("/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", "{\"metadata\":{\"name\":\"alice-view\"},"
                + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"view\"},"
                + "\"subjects\":[{\"kind\":\"User\",\"name\":\"alice\"}]}");
        sandbox = lab.get().lab().sandboxes().find(created.id()).orElseThrow();
    }

    private static void create(String path, String json) {
        ApiClient.Response response = admin.post(path, json);
        assertThat(response.code()).as(response.body()).isEqualTo(201);
    }

    static List<AccessSubject> subjects() {
        List<AccessSubject> subjects = new ArrayList<>();
        subjects.add(AccessSubject.serviceAccount("foo", "default"));
        subjects.add(AccessSubject.serviceAccount("default", "default"));
        subjects.add(AccessSubject.serviceAccount("kube-system", "namespace-controller"));
        subjects.add(AccessSubject.serviceAccount("kube-system", "replicaset-controller"));
        subjects.add(AccessSubject.serviceAccount("kube-system", "clusterrole-aggregation-controller"));
        subjects.add(new AccessSubject(AccessSubject.Kind.USER, "alice", "", List.of("developers")));
        subjects.add(new AccessSubject(AccessSubject.Kind.USER, "bob", "", List.of()));
        subjects.add(new AccessSubject(AccessSubject.Kind.USER, "system:kube-scheduler", "", List.of()));
        subjects.add(new AccessSubject(AccessSubject.Kind.USER, "system:kube-controller-manager", "", List.of()));
        subjects.add(new AccessSubject(AccessSubject.Kind.USER, "system:anonymous", "", List.of()));
        subjects.add(new AccessSubject(AccessSubject.Kind.USER, "system:node:lab-control-plane", "", List.of("system:nodes")));
        subjects.add(AccessSubject.group("system:masters"));
        subjects.add(AccessSubject.group("system:authenticated"));
        subjects.add(AccessSubject.group("system:unauthenticated"));
        subjects.add(AccessSubject.group("system:serviceaccounts"));
        return subjects;
    }

    @Test
    void everyMatrixCellAgreesWithWhoCan() {
        int cells = 0;
        for (AccessSubject subject : subjects()) {
            for (String scope : List.of("foo", "default", "kube-system", "")) {
                AccessMatrix matrix = access.matrix(sandbox, subject, scope);
                for (int r = 0; r < matrix.rows().size(); r++) {
                    MatrixRow row = matrix.rows().get(r);
                    for (int v = 0; v < matrix.verbs().size(); v++) {
                        Boolean allowed = matrix.allowed(r, v);
                        if (allowed == null) {
                            continue;
                        }
                        String verb = matrix.verbs().get(v);
                        List<WhoCan.Grant> grants = access.whoCan(sandbox, new WhoCan.Query(verb, row.group(),
                                row.resource(), row.subresource(), "", scope, ""));
                        assertThat(grants.stream().anyMatch(g -> appliesTo(g, subject.user())))
                                .as(subject.label() + " " + verb + " " + row.label() + " in '" + scope + "'")
                                .isEqualTo(allowed);
                        cells++;
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(10_000);
    }

    private static boolean appliesTo(WhoCan.Grant grant, UserInfo user) {
        return switch (grant.subjectKind()) {
            case "User" -> grant.subjectName().equals(user.name());
            case "Group" -> user.groups().contains(grant.subjectName());
            case "ServiceAccount" -> user.name().equals(UserInfo.SERVICE_ACCOUNT_PREFIX + grant.subjectNamespace() + ":"
                    + grant.subjectName());
            default -> false;
        };
    }

    @Test
    void cellsAgreeWithSubjectAccessReviewsOfTheRealApi() {
        Set<String> verbs = Set.of("get", "list", "create", "delete", "patch");
        int checked = 0;
        for (AccessSubject subject : subjects()) {
            AccessMatrix matrix = access.matrix(sandbox, subject, "foo");
            for (int r = 0; r < matrix.rows().size(); r += 3) {
                for (int v = 0; v < matrix.verbs().size(); v++) {
                    if (matrix.allowed(r, v) == null || !verbs.contains(matrix.verbs().get(v))) {
                        continue;
                    }
                    MatrixRow row = matrix.rows().get(r);
                    UserInfo user = subject.user();
                    var spec = Json.object();
                    spec.put("user", user.name());
                    spec.set("groups", Json.arrayOf(user.groups()));
                    spec.putObject("resourceAttributes").put("namespace", "foo").put("verb", matrix.verbs().get(v))
                            .put("group", row.group()).put("resource", row.resource()).put("subresource", row.subresource());
                    var review = Json.object().put("apiVersion", "authorization.k8s.io/v1").put("kind", "SubjectAccessReview");
                    review.set("spec", spec);
                    ApiClient.Response response = admin.post("/apis/authorization.k8s.io/v1/subjectaccessreviews",
                            Json.write(review));
                    JsonNode status = response.json().path("status");
                    assertThat(status.path("allowed").asBoolean())
                            .as(subject.label() + " " + matrix.verbs().get(v) + " " + row.label())
                            .isEqualTo(matrix.allowed(r, v));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void whoCanNamesTheBindingRoleAndRule() {
        List<WhoCan.Grant> grants = access.whoCan(sandbox, new WhoCan.Query("list", "", "services", "", "", "foo", ""));
        assertThat(grants).anySatisfy(g -> {
            assertThat(g.subjectKind()).isEqualTo("ServiceAccount");
            assertThat(g.subjectNamespace() + "/" + g.subjectName()).isEqualTo("foo/default");
            assertThat(g.bindingKind() + " " + g.bindingName()).isEqualTo("RoleBinding test");
            assertThat(g.roleKind() + " " + g.roleName()).isEqualTo("Role service-reader");
        });
        assertThat(grants).anySatisfy(g -> assertThat(g.subjectName() + " " + g.roleName()).isEqualTo("alice view"));
        assertThat(grants.get(0).subjectName()).isEqualTo("system:masters");
        List<WhoCan.Grant> metrics = access.whoCan(sandbox, new WhoCan.Query("get", "", "", "", "", "", "/healthz"));
        assertThat(metrics).anySatisfy(g -> assertThat(g.subjectName()).isEqualTo("system:unauthenticated"));
    }

    @Test
    void theGraphSaysEachPathInWords() {
        RbacGraph graph = access.graph(sandbox, "foo", true, java.util.Locale.ENGLISH);
        assertThat(graph.sentences()).contains("ServiceAccount foo/default can get, list services in namespace foo "
                + "through RoleBinding test and Role service-reader.");
        assertThat(graph.nodes()).filteredOn(n -> n.column() != RbacGraph.Column.SUBJECT)
                .noneMatch(n -> n.name().startsWith("system:"));
        assertThat(access.graph(sandbox, "foo", false, java.util.Locale.ENGLISH).nodes())
                .anyMatch(n -> n.name().startsWith("system:"));
    }

    @Test
    void risksFlagClusterAdminForAServiceAccountAndGrantsToEveryone() {
        create("/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", "{\"metadata\":{\"name\":\"oops\"},"
                + "\"roleRef\":{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"cluster-admin\"},"
                + "\"subjects\":[{\"kind\":\"ServiceAccount\",\"name\":\"ci\",\"namespace\":\"foo\"},"
                + "{\"kind\":\"Group\",\"name\":\"system:authenticated\",\"apiGroup\":\"rbac.authorization.k8s.io\"}]}");
        Sandbox now = lab.get().lab().sandboxes().find(sandbox.id()).orElseThrow();
        List<RiskWarning> risks = access.risks(now);
        assertThat(risks).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("cluster_admin_sa");
            assertThat(r.args()).containsExactly("foo/ci");
        });
        assertThat(risks).anySatisfy(r -> assertThat(r.key() + " " + r.args().get(0)).isEqualTo("everyone system:authenticated"));
        // the default policy's own wildcards (cluster-admin) are not flagged
        assertThat(risks).noneMatch(r -> r.kind().equals("ClusterRole") && r.name().equals("cluster-admin"));
        assertThat(risks).anySatisfy(r -> assertThat(r.key()).isEqualTo("default_sa"))
                .as("RoleBinding test gives foo's default ServiceAccount a role");
    }
}
