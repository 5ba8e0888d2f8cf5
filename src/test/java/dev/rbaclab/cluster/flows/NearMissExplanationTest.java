package dev.rbaclab.cluster.flows;

import dev.rbaclab.cluster.sandbox.SandboxCreated;
import dev.rbaclab.testing.InProcessApi;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner's most common mistakes are named in the explanation of the denial, in English and Korean. */
class NearMissExplanationTest {

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    private InProcessApi admin;
    private InProcessApi foo;

    private void setUp() {
        SandboxCreated sandbox = lab.get().newSandbox();
        admin = new InProcessApi(lab.get(), sandbox.id(), sandbox.token());
        admin.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"foo\"}}");
        admin.post("/api/v1/namespaces", "{\"metadata\":{\"name\":\"bar\"}}");
        String token = admin.post("/api/v1/namespaces/foo/serviceaccounts/default/token", "{}").json().path("status").path("token").asText();
        foo = admin.as(token);
    }

    private void bind(String namespace, String name, String roleKind, String role, String subject) {
        String path = namespace == null ? "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings"
                : "/apis/rbac.authorization.k8s.io/v1/namespaces/" + namespace + "/rolebindings";
        assertThat(admin.post(path, "{\"metadata\":{\"name\":\"" + name + "\"},\"roleRef\":{\"apiGroup\":"
                + "\"rbac.authorization.k8s.io\",\"kind\":\"" + roleKind + "\",\"name\":\"" + role + "\"},\"subjects\":[" + subject + "]}").code())
                .isEqualTo(201);
    }

    @Test
    void aBindingInAnotherNamespace() {
        setUp();
        bind("bar", "readers", "ClusterRole", "view", "{\"kind\":\"ServiceAccount\",\"name\":\"default\",\"namespace\":\"foo\"}");
        InProcessApi.Answer answer = foo.get("/api/v1/namespaces/foo/services");
        assertThat(answer.code()).isEqualTo(403);
        assertThat(answer.keys()).contains("authz.near.other_namespace");
        assertThat(answer.english()).contains("Near miss: RoleBinding bar/readers would allow this, but it grants only in namespace \"bar\" and the request is in \"foo\".");
        assertThat(answer.korean()).contains("거의 일치: RoleBinding bar/readers이(가) 이 요청을 허용할 수도 있었지만, 이 바인딩은 네임스페이스 \"bar\" 안에서만 권한을 주고 요청은 \"foo\"에 대한 것입니다.");
    }

    @Test
    void aRoleBindingToAClusterRoleForAClusterScopedResource() {
        setUp();
        admin.post("/apis/rbac.authorization.k8s.io/v1/clusterroles", "{\"metadata\":{\"name\":\"pv-reader\"},"
                + "\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"persistentvolumes\"],\"verbs\":[\"get\",\"list\"]}]}");
        bind("foo", "pv-test", "ClusterRole", "pv-reader", "{\"kind\":\"ServiceAccount\",\"name\":\"default\",\"namespace\":\"foo\"}");
        InProcessApi.Answer answer = foo.get("/api/v1/persistentvolumes");
        assertThat(answer.code()).isEqualTo(403);
        assertThat(answer.json().path("message").asText()).isEqualTo("persistentvolumes is forbidden: User "
                + "\"system:serviceaccount:foo:default\" cannot list resource \"persistentvolumes\" in API group \"\" at the cluster scope");
        assertThat(answer.keys()).contains("authz.near.rolebinding_cluster_scope", "authz.fix.clusterrole");
        assertThat(answer.english()).contains("a RoleBinding only grants inside its own namespace")
                .contains("kubectl create clusterrolebinding list-persistentvolumes-default --clusterrole=list-persistentvolumes --serviceaccount=foo:default");
        assertThat(answer.korean()).contains("ClusterRoleBinding을 사용하세요");
    }

    @Test
    void aServiceAccountSubjectInTheWrongNamespace() {
        setUp();
        bind("foo", "readers", "ClusterRole", "view", "{\"kind\":\"ServiceAccount\",\"name\":\"default\",\"namespace\":\"bar\"}");
        InProcessApi.Answer answer = foo.get("/api/v1/namespaces/foo/pods");
        assertThat(answer.keys()).contains("authz.near.sa_other_namespace");
        assertThat(answer.english()).contains("names ServiceAccount \"default/bar\", a ServiceAccount with the same name in another namespace");
        assertThat(answer.korean()).contains("이름은 같지만");
    }

    @Test
    void aRoleRefToARoleThatDoesNotExist() {
        setUp();
        bind("foo", "ghost", "Role", "missing", "{\"kind\":\"ServiceAccount\",\"name\":\"default\"}");
        InProcessApi.Answer answer = foo.get("/api/v1/namespaces/foo/pods");
        assertThat(answer.code()).isEqualTo(403);
        assertThat(answer.json().path("message").asText()).isEqualTo("pods is forbidden: User \"system:serviceaccount:foo:default\" "
                + "cannot list resource \"pods\" in API group \"\" in the namespace \"foo\": RBAC: role.rbac.authorization.k8s.io \"missing\" not found");
        assertThat(answer.keys()).contains("authz.rbac.role_missing");
        assertThat(answer.english()).contains("The Role \"missing\" it refers to does not exist");
        assertThat(answer.korean()).contains("바인딩이 가리키는 Role \"missing\"이(가) 없으므로");
    }

    @Test
    void theRightNameWithTheWrongSubjectKind() {
        setUp();
        bind("foo", "oops", "ClusterRole", "view", "{\"kind\":\"User\",\"apiGroup\":\"rbac.authorization.k8s.io\",\"name\":\"default\"}");
        InProcessApi.Answer answer = foo.get("/api/v1/namespaces/foo/pods");
        assertThat(answer.keys()).contains("authz.near.wrong_kind");
        assertThat(answer.english()).contains("the right name with the wrong kind of subject");
        assertThat(answer.korean()).contains("주체의 종류(kind)가 다릅니다");
    }

    @Test
    void aNamedGrantDoesNotAllowList() {
        setUp();
        admin.post("/apis/rbac.authorization.k8s.io/v1/namespaces/foo/roles", "{\"metadata\":{\"name\":\"one\"},"
                + "\"rules\":[{\"apiGroups\":[\"\"],\"resources\":[\"secrets\"],\"resourceNames\":[\"db\"],\"verbs\":[\"get\",\"list\"]}]}");
        bind("foo", "one", "Role", "one", "{\"kind\":\"ServiceAccount\",\"name\":\"default\"}");
        assertThat(foo.get("/api/v1/namespaces/foo/secrets/db").code()).isEqualTo(404);
        InProcessApi.Answer list = foo.get("/api/v1/namespaces/foo/secrets");
        assertThat(list.code()).isEqualTo(403);
        assertThat(list.keys()).contains("authz.rule.resource_name_missing");
        assertThat(list.english()).contains("resourceNames never allow create or deletecollection, and allow list or watch only with the field selector metadata.name=<name>");
    }
}
