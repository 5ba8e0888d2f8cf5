package dev.rbaclab.cluster.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.testing.ApiClient;
import dev.rbaclab.testing.LabExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Selectors, all-namespace lists, server-side Tables and discovery, as kubectl uses them (kubectl-protocol.md §4–5). */
class ReadingHttpTest {

    private static final String TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    @RegisterExtension
    static LabExtension lab = new LabExtension();

    @Test
    void labelAndFieldSelectorsFilterLists() {
        ApiClient api = lab.newAdminClient();
        api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"a\",\"labels\":{\"app\":\"web\",\"tier\":\"1\"}}}");
        api.post("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"b\",\"labels\":{\"app\":\"db\"}}}");
        assertThat(names(api.get("/api/v1/namespaces/default/configmaps?labelSelector=app%3Dweb"))).containsExactly("a");
        assertThat(names(api.get("/api/v1/namespaces/default/configmaps?labelSelector=app%20in%20(web,db),!tier"))).containsExactly("b");
        assertThat(names(api.get("/api/v1/namespaces/default/configmaps?fieldSelector=metadata.name%3Db"))).containsExactly("b");
        assertThat(names(api.get("/api/v1/configmaps?fieldSelector=metadata.namespace%3Dkube-public")))
                .containsExactly("kube-root-ca.crt");
        ApiClient.Response unsupported = api.get("/api/v1/namespaces/default/configmaps?fieldSelector=spec.foo%3Db");
        assertThat(unsupported.code()).isEqualTo(400);
        assertThat(unsupported.json().path("message").asText()).isEqualTo("field label not supported: spec.foo");
    }

    @Test
    void listingAcrossNamespacesShowsEveryServiceAccount() {
        JsonNode list = lab.newAdminClient().get("/api/v1/serviceaccounts").json();
        List<String> keys = new ArrayList<>();
        list.path("items").forEach(sa -> keys.add(sa.path("metadata").path("namespace").asText() + "/" + sa.path("metadata").path("name").asText()));
        assertThat(keys).contains("default/default", "kube-public/default", "kube-node-lease/default", "kube-system/default",
                "kube-system/coredns");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/namespaces|Name,Status,Age",
            "/api/v1/namespaces/default/serviceaccounts|Name,Secrets,Age",
            "/api/v1/namespaces/default/secrets|Name,Type,Data,Age",
            "/api/v1/namespaces/default/configmaps|Name,Data,Age",
            "/api/v1/namespaces/default/pods|Name,Ready,Status,Restarts,Age,IP,Node,Nominated Node,Readiness Gates",
            "/api/v1/namespaces/default/services|Name,Type,Cluster-IP,External-IP,Port(s),Age,Selector",
            "/api/v1/nodes|Name,Status,Roles,Age,Version,Internal-IP,External-IP,OS-Image,Kernel-Version,Container-Runtime",
            "/apis/rbac.authorization.k8s.io/v1/clusterroles|Name,Created At",
            "/apis/rbac.authorization.k8s.io/v1/namespaces/kube-system/rolebindings|Name,Role,Age,Users,Groups,ServiceAccounts",
            "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings|Name,Role,Age,Users,Groups,ServiceAccounts"})
    void tablesHaveTheColumnsOfARealCluster(String path, String columns) {
        JsonNode table = lab.newAdminClient().get(path, "Accept", TABLE).json();
        assertThat(table.path("kind").asText()).isEqualTo("Table");
        assertThat(table.path("columnDefinitions").findValuesAsText("name")).containsExactly(columns.split(","));
    }

    @Test
    void tableRowsCarryObjectMetadataAndServerComputedCells() {
        ApiClient api = lab.newAdminClient();
        JsonNode rows = api.get("/api/v1/namespaces/default/services", "Accept", TABLE).json().path("rows");
        JsonNode kubernetes = rows.get(0);
        assertThat(kubernetes.path("cells").get(0).asText()).isEqualTo("kubernetes");
        assertThat(kubernetes.path("cells").get(1).asText()).isEqualTo("ClusterIP");
        assertThat(kubernetes.path("cells").get(2).asText()).isEqualTo("10.96.0.1");
        assertThat(kubernetes.path("cells").get(3).asText()).isEqualTo("<none>");
        assertThat(kubernetes.path("cells").get(4).asText()).isEqualTo("443/TCP");
        assertThat(kubernetes.path("object").path("kind").asText()).isEqualTo("PartialObjectMetadata");
        assertThat(kubernetes.path("object").path("metadata").path("namespace").asText()).isEqualTo("default");
        JsonNode binding = api.get("/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/cluster-admin", "Accept", TABLE)
                .json().path("rows").get(0).path("cells");
        assertThat(binding.get(1).asText()).isEqualTo("ClusterRole/cluster-admin");
        assertThat(binding.get(4).asText()).isEqualTo("system:masters");
    }

    @Test
    void discoveryAdvertisesWhatKubectlNeeds() {
        ApiClient api = lab.newAdminClient();
        assertThat(api.get("/api").json().path("versions").get(0).asText()).isEqualTo("v1");
        JsonNode v1 = api.get("/api/v1").json();
        JsonNode sa = find(v1, "serviceaccounts");
        assertThat(sa.path("shortNames").get(0).asText()).isEqualTo("sa");
        assertThat(sa.path("namespaced").asBoolean()).isTrue();
        assertThat(sa.path("verbs").findValuesAsText("")).isEmpty();
        assertThat(find(v1, "namespaces").path("shortNames").get(0).asText()).isEqualTo("ns");
        // YAML 1.1 reads an unquoted `no` as a boolean; kubectl get no needs the string
        assertThat(find(v1, "nodes").path("shortNames").toString()).isEqualTo("[\"no\"]");
        assertThat(find(v1, "serviceaccounts/token").path("group").asText()).isEqualTo("authentication.k8s.io");
        JsonNode groups = api.get("/apis").json();
        assertThat(groups.path("groups").findValuesAsText("name")).contains("rbac.authorization.k8s.io", "apps",
                "authorization.k8s.io", "authentication.k8s.io");
        JsonNode rbac = api.get("/apis/rbac.authorization.k8s.io/v1").json();
        assertThat(rbac.path("resources").findValuesAsText("name"))
                .containsExactly("clusterrolebindings", "clusterroles", "rolebindings", "roles");
        assertThat(api.get("/apis/apps/v1").json().path("resources").findValuesAsText("name")).contains("deployments");
    }

    @Test
    void openApiV3HasPatchOperationsWithFieldValidation() {
        ApiClient api = lab.newAdminClient();
        JsonNode root = api.get("/openapi/v3").json();
        String url = root.path("paths").path("apis/rbac.authorization.k8s.io/v1").path("serverRelativeURL").asText();
        assertThat(url).startsWith("/openapi/v3/apis/rbac.authorization.k8s.io/v1?hash=");
        JsonNode doc = api.get(url).json();
        JsonNode patch = doc.path("paths").path("/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/roles/{name}").path("patch");
        assertThat(patch.path("x-kubernetes-group-version-kind").path("kind").asText()).isEqualTo("Role");
        assertThat(patch.path("parameters").findValuesAsText("name")).contains("fieldValidation");
        assertThat(api.get("/openapi/v2").code()).isEqualTo(404);
    }

    @Test
    void versionReportsTheSandboxVersion() {
        ApiClient api = lab.get().api(lab.get().newSandbox("v1.29.14"));
        JsonNode version = api.get("/version").json();
        assertThat(version.path("gitVersion").asText()).isEqualTo("v1.29.14");
        assertThat(version.path("minor").asText()).isEqualTo("29");
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode resource : list.path("resources")) {
            if (resource.path("name").asText().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError(name + " not in discovery");
    }

    private static List<String> names(ApiClient.Response response) {
        assertThat(response.code()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().path("items").forEach(i -> names.add(i.path("metadata").path("name").asText()));
        return names;
    }
}
